using Microsoft.Extensions.Localization;
using Registry.Core.Notifications;

namespace Registry.Web.Components.Notifications;

/// <summary>A notification in a sentence, in the reader's language.</summary>
public static class NotificationTexts
{
    public static string Describe(IStringLocalizer<SharedResource> localizer, Notification notification) =>
        localizer[$"Notification_{notification.Kind}", notification.WorkId, notification.DisputeId ?? 0];
}
