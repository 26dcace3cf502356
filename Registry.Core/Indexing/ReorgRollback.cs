using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Rolls the read model back to a fork point (the newest indexed block still on the canonical chain) so the next
/// pass re-indexes from there: the rows of later blocks go, the state they changed is recomputed from the events
/// that remain. The changes are left unsaved for the caller to commit in one go.
/// </summary>
internal sealed class ReorgRollback(RegistryDbContext db)
{
    /// <param name="forkHash">The fork point's block hash, or "" when nothing indexed survives.</param>
    /// <returns>The works that no longer exist (registered in orphaned blocks).</returns>
    public async Task<IReadOnlyList<long>> RollBackAsync(IndexerCheckpoint checkpoint, long forkPoint, string forkHash, CancellationToken cancellationToken)
    {
        var orphaned = await db.WorkEvents.Where(e => e.BlockNumber > forkPoint).ToListAsync(cancellationToken);
        db.WorkEvents.RemoveRange(orphaned);
        var orphanedWorks = await db.Works.Where(w => w.BlockNumber > forkPoint).ToListAsync(cancellationToken);
        db.Works.RemoveRange(orphanedWorks);
        foreach (var workId in orphaned.Where(e => e.Kind == WorkEventKind.Transferred).Select(e => e.WorkId).Distinct())
            await RestoreOwnerAsync(workId, forkPoint, cancellationToken);
        await new LicensingRollback(db).RollBackAsync(orphaned, forkPoint, cancellationToken);
        await new DisputeRollback(db).RollBackAsync(orphaned, forkPoint, cancellationToken);

        checkpoint.BlockNumber = forkPoint;
        checkpoint.BlockHash = forkHash;
        checkpoint.UpdatedAt = DateTimeOffset.UtcNow;
        return orphanedWorks.Select(w => w.WorkId).ToList();
    }

    private async Task RestoreOwnerAsync(long workId, long forkPoint, CancellationToken cancellationToken)
    {
        var work = await db.Works.SingleOrDefaultAsync(w => w.WorkId == workId, cancellationToken);
        if (work is null || work.BlockNumber > forkPoint) return;
        var lastTransfer = await db.WorkEvents
            .Where(e => e.WorkId == workId && e.Kind == WorkEventKind.Transferred && e.BlockNumber <= forkPoint)
            .OrderByDescending(e => e.BlockNumber).ThenByDescending(e => e.LogIndex)
            .FirstOrDefaultAsync(cancellationToken);
        work.Owner = lastTransfer?.To ?? work.Creator;
    }
}
