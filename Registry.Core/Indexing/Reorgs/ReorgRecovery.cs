using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing.Reorgs;

/// <summary>
/// At the start of a pass: is the checkpoint's block still canonical (and the block after it its child)? If not, walks
/// back through the kept headers to the newest one the chain still has (the fork point) and rolls the read model back
/// to it in one transaction, with the checkpoint, the kept headers and the record of the reorganisation.
/// </summary>
/// <param name="canonicalHeader">Reads a block's header from the node; null when the chain has no such block.</param>
/// <param name="firstBlock">The first block the indexer reads (<see cref="IndexerOptions.StartBlock"/>).</param>
internal sealed class ReorgRecovery(
    RegistryDbContext db, Func<long, CancellationToken, Task<BlockHeader?>> canonicalHeader, int window, long firstBlock, TimeProvider clock)
{
    /// <returns>The reorganisation rolled back, or null when the checkpoint is canonical.</returns>
    /// <exception cref="ReorgTooDeepException">Every kept header was replaced.</exception>
    public async Task<ChainReorganisation?> RollBackIfForkedAsync(IndexerCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint.BlockHash.Length == 0 || !await IsForkedAsync(checkpoint, cancellationToken)) return null;
        var started = Stopwatch.GetTimestamp();
        var (forkPoint, forkHash) = await FindForkPointAsync(checkpoint, cancellationToken);
        var depth = checkpoint.BlockNumber - forkPoint;
        var at = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var orphanedWorks = await new ReorgRollback(db).RollBackAsync(checkpoint, forkPoint, forkHash, cancellationToken);
        await db.IndexedBlocks.Where(b => b.BlockNumber > forkPoint).ExecuteDeleteAsync(cancellationToken);
        checkpoint.LastReorgDepth = depth;
        checkpoint.LastReorgAt = at;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ChainReorganisation(depth, forkPoint, at, orphanedWorks, Stopwatch.GetElapsedTime(started));
    }

    private async Task<bool> IsForkedAsync(IndexerCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var canonical = await canonicalHeader(checkpoint.BlockNumber, cancellationToken);
        if (!SameHash(canonical?.Hash, checkpoint.BlockHash)) return true;
        var next = await canonicalHeader(checkpoint.BlockNumber + 1, cancellationToken);
        return next is not null && !SameHash(next.ParentHash, checkpoint.BlockHash);
    }

    private async Task<(long Number, string Hash)> FindForkPointAsync(IndexerCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var kept = await db.IndexedBlocks.AsNoTracking().Where(b => b.BlockNumber <= checkpoint.BlockNumber)
            .OrderByDescending(b => b.BlockNumber).ToListAsync(cancellationToken);
        foreach (var block in kept)
        {
            if (SameHash((await canonicalHeader(block.BlockNumber, cancellationToken))?.Hash, block.Hash))
                return (block.BlockNumber, block.Hash);
        }
        // Everything ever indexed is orphaned when the window reaches back to the first block read.
        if (kept.Count > 0 && kept[^1].BlockNumber <= firstBlock) return (firstBlock - 1, "");
        throw new ReorgTooDeepException(checkpoint.BlockNumber, window);
    }

    private static bool SameHash(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
