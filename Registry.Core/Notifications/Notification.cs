namespace Registry.Core.Notifications;

/// <summary>
/// An in-app notice to an account, made by the indexer from a contract event (so it is made once per event, and
/// a reorganisation that orphans the event removes it); unique by recipient, transaction and log index.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    /// <summary>The account's address, lower-case hex.</summary>
    public required string Recipient { get; set; }

    public NotificationKind Kind { get; set; }

    public long WorkId { get; set; }

    public long? DisputeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }
}
