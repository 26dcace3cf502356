using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing;

/// <summary>
/// Puts together what the running indexer knows (head, fault, reorganisation of this run) with what the checkpoint
/// keeps across restarts and commits with each range (indexed block, events, the last reorganisation).
/// </summary>
public sealed class IndexerStatusReader(IDbContextFactory<RegistryDbContext> dbFactory, IndexerStatus status, IOptions<IndexerOptions> options)
{
    public async Task<IndexerStatusReport> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One checkpoint per registry; after a dev chain was redeployed the newest is the one in use.
        var checkpoint = await db.IndexerCheckpoints.AsNoTracking().OrderByDescending(c => c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);

        var head = status.HeadBlock;
        // A checkpoint without a hash is one rolled back past everything indexed.
        long? indexed = checkpoint is { BlockHash.Length: > 0 } ? checkpoint.BlockNumber : null;
        long? lag = head is null ? null : Math.Max(0, head.Value - (indexed ?? options.Value.StartBlock - 1));
        var backfilling = lag > 0 && (!status.CaughtUp || lag > options.Value.MaxBlockRange);
        var reorg = status.LastReorg is { } r ? new ReorgRecord(r.Depth, r.At)
            : checkpoint is { LastReorgDepth: { } depth, LastReorgAt: { } at } ? new ReorgRecord(depth, at) : null;
        return new IndexerStatusReport(status.ChainId ?? checkpoint?.ChainId, head, indexed, lag, checkpoint?.EventsIndexed ?? 0,
            backfilling, Progress(head, indexed), reorg, status.Fault);
    }

    private double Progress(long? head, long? indexed)
    {
        if (head is null) return indexed is null ? 0 : 1;
        var first = options.Value.StartBlock;
        var total = head.Value - first + 1;
        if (total <= 0) return 1;
        return Math.Clamp(((indexed ?? first - 1) - first + 1) / (double)total, 0, 1);
    }
}
