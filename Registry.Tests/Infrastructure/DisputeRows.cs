using Registry.Core.Disputes;
using Registry.Core.Notifications;
using Registry.Core.Works;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// Rows of the disputes read model as the indexer would write them, for tests of what reads them (no chain needed):
/// addresses lower-case, each event with a transaction hash of its own.
/// </summary>
public static class DisputeRows
{
    public const string EvidenceCid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";

    public static Dispute Dispute(long disputeId, long workId, string claimant, DateTimeOffset openedAt, DisputeStatus status = DisputeStatus.Open,
        DisputeClaim claim = DisputeClaim.Authorship, long? copiedWorkId = null, DisputeRuling? ruling = null, DisputeRuling? appealRuling = null,
        DateTimeOffset? appealedAt = null) => new()
    {
        DisputeId = disputeId,
        WorkId = workId,
        Claimant = claimant,
        Claim = claim,
        CopiedWorkId = copiedWorkId,
        Bond = "0",
        EvidenceCid = EvidenceCid,
        Status = status,
        OpenedAt = openedAt,
        Ruling = ruling,
        RuledAt = ruling is null ? null : openedAt.AddDays(1),
        AppealedAt = appealedAt,
        AppealRuling = appealRuling,
        AppealRuledAt = appealRuling is null ? null : openedAt.AddDays(3),
        BlockNumber = disputeId,
        TransactionHash = Hash(),
    };

    public static WorkEvent Step(long disputeId, long workId, WorkEventKind kind, long blockNumber, string? from = null, string? to = null,
        string? documentCid = null, DisputeRuling? ruling = null) => new()
    {
        WorkId = workId,
        Kind = kind,
        From = from,
        To = to,
        DisputeId = disputeId,
        DocumentCid = documentCid,
        Ruling = ruling,
        BlockNumber = blockNumber,
        BlockHash = Hash(),
        TransactionHash = Hash(),
        LogIndex = 0,
        Timestamp = LicensingRows.Sold.AddMinutes(blockNumber),
    };

    public static Notification Notification(string recipient, NotificationKind kind, long workId, long disputeId, DateTimeOffset createdAt, DateTimeOffset? readAt = null) => new()
    {
        Recipient = recipient,
        Kind = kind,
        WorkId = workId,
        DisputeId = disputeId,
        CreatedAt = createdAt,
        ReadAt = readAt,
        BlockNumber = 1,
        TransactionHash = Hash(),
        LogIndex = 0,
    };

    private static string Hash() => "0x" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
}
