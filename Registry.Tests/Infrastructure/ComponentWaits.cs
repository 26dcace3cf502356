namespace Registry.Tests.Infrastructure;

/// <summary>
/// How long a bunit test waits for a component that reads the database or the content store to render what it read:
/// the browser and chain collections run beside the component tests on two cores, so bunit's one second is too short.
/// </summary>
public static class ComponentWaits
{
    public static readonly TimeSpan Rendered = TimeSpan.FromSeconds(10);
}
