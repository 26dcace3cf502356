using Nethereum.RPC.Eth.DTOs;
using Registry.Core.Disputes;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>Builds the work timeline's row for a log.</summary>
internal static class TimelineEvents
{
    public static WorkEvent For(FilterLog log, long workId, WorkEventKind kind, DateTimeOffset time,
        string? from = null, string? to = null, long? offerId = null, long? licenceId = null, string? split = null) => new()
    {
        WorkId = workId,
        Kind = kind,
        From = from,
        To = to,
        OfferId = offerId,
        LicenceId = licenceId,
        Split = split,
        BlockNumber = (long)log.BlockNumber.Value,
        BlockHash = log.BlockHash,
        TransactionHash = log.TransactionHash,
        LogIndex = (int)log.LogIndex.Value,
        Timestamp = time,
    };

    /// <summary>A step of a dispute on the work: who acted (<paramref name="from"/>), the document it put on the content store, the ruling.</summary>
    public static WorkEvent ForDispute(FilterLog log, long workId, long disputeId, WorkEventKind kind, DateTimeOffset time,
        string? from = null, string? to = null, string? documentCid = null, DisputeRuling? ruling = null, string? revokedLicences = null)
    {
        var step = For(log, workId, kind, time, from, to);
        step.DisputeId = disputeId;
        step.DocumentCid = documentCid;
        step.Ruling = ruling;
        step.RevokedLicences = revokedLicences;
        return step;
    }
}
