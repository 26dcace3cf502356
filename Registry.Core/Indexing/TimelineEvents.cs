using Nethereum.RPC.Eth.DTOs;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>Builds the work timeline's row for a log.</summary>
internal static class TimelineEvents
{
    public static WorkEvent For(FilterLog log, long workId, WorkEventKind kind, DateTimeOffset time,
        string? from = null, string? to = null, long? offerId = null, long? licenceId = null) => new()
    {
        WorkId = workId,
        Kind = kind,
        From = from,
        To = to,
        OfferId = offerId,
        LicenceId = licenceId,
        BlockNumber = (long)log.BlockNumber.Value,
        BlockHash = log.BlockHash,
        TransactionHash = log.TransactionHash,
        LogIndex = (int)log.LogIndex.Value,
        Timestamp = time,
    };
}
