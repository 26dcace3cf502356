namespace Registry.Core.Indexing;

/// <summary>The indexer's state as people see it on the status page and in <c>GET /api/status</c>.</summary>
/// <param name="HeadBlock">The chain's newest block as the indexer last saw it; null before its first pass.</param>
/// <param name="IndexedBlock">The newest block whose events are in the read model; null before anything was indexed.</param>
/// <param name="Lag">Blocks the read model is behind the head (confirmations included).</param>
/// <param name="EventsIndexed">Logs read from the chain into the read model, over all passes.</param>
/// <param name="Backfilling">Catching up on a long stretch of chain (a first start, a re-index, a long outage) rather than following the head.</param>
/// <param name="Progress">The share of the chain since the start block that is indexed, 0 to 1.</param>
public sealed record IndexerStatusReport(
    long? ChainId,
    long? HeadBlock,
    long? IndexedBlock,
    long? Lag,
    long EventsIndexed,
    bool Backfilling,
    double Progress,
    ReorgRecord? LastReorg,
    IndexerFault? Fault);
