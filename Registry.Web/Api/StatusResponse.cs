using Registry.Core.Indexing;

namespace Registry.Web.Api;

/// <param name="Progress">The share of the chain (from the start block) indexed, 0 to 1.</param>
/// <param name="Retrying">Passes are failing and being retried; <paramref name="LastError"/> says why.</param>
public sealed record StatusResponse(
    long? ChainId,
    long? HeadBlock,
    long? IndexedBlock,
    long? Lag,
    long EventsIndexed,
    bool Backfilling,
    double Progress,
    ReorgResponse? LastReorg,
    IndexerErrorResponse? LastError,
    bool Retrying)
{
    public static StatusResponse From(IndexerStatusReport report) => new(
        report.ChainId, report.HeadBlock, report.IndexedBlock, report.Lag, report.EventsIndexed, report.Backfilling, report.Progress,
        report.LastReorg is { } reorg ? new ReorgResponse(reorg.Depth, reorg.At) : null,
        report.Fault is { } fault ? new IndexerErrorResponse(fault.LastError, fault.Since, fault.Attempts, fault.NextAttemptAt) : null,
        report.Fault is not null);
}
