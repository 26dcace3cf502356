namespace Registry.Web.Components.Notifications;

/// <summary>
/// Tells the app bar's bell, within one circuit, that notifications were read, so its count follows at once
/// instead of at its next look.
/// </summary>
public sealed class NotificationSignal
{
    public event Func<Task>? Read;

    public Task RaiseReadAsync() => Read?.Invoke() ?? Task.CompletedTask;
}
