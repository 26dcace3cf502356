using Registry.Core.Notifications;

namespace Registry.Web.Api;

public sealed record NotificationResponse(long Id, string Kind, long WorkId, long? DisputeId, DateTimeOffset CreatedAt, bool Read, string TxHash)
{
    public static NotificationResponse From(Notification n) =>
        new(n.Id, ApiNames.Of(n.Kind), n.WorkId, n.DisputeId, n.CreatedAt, n.ReadAt is not null, n.TransactionHash);
}
