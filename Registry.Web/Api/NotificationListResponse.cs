namespace Registry.Web.Api;

/// <summary>The signed-in account's notifications, newest first, and how many of all of them are unread.</summary>
public sealed record NotificationListResponse(IReadOnlyList<NotificationResponse> Items, int Unread);
