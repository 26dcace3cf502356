using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Nethereum.Web3;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// When the checkpoint's block is no longer on the canonical chain, rolls the read model back to the newest
/// block whose events are still canonical (the fork point) so the next pass re-indexes from there. The changes
/// are left unsaved for the caller to commit in one go.
/// </summary>
internal sealed class ReorgRollback(RegistryDbContext db, Web3 web3)
{
    /// <returns>The works that no longer exist (registered in orphaned blocks), or null when the checkpoint is canonical.</returns>
    public async Task<IReadOnlyList<long>?> RollBackIfOrphanedAsync(IndexerCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        if (await CanonicalHashAsync(checkpoint.BlockNumber) == checkpoint.BlockHash) return null;

        var forkPoint = -1L;
        var blocks = await db.WorkEvents.Select(e => new { e.BlockNumber, e.BlockHash }).Distinct()
            .OrderByDescending(b => b.BlockNumber).ToListAsync(cancellationToken);
        foreach (var block in blocks)
        {
            if (await CanonicalHashAsync(block.BlockNumber) == block.BlockHash)
            {
                forkPoint = block.BlockNumber;
                break;
            }
        }

        var orphaned = await db.WorkEvents.Where(e => e.BlockNumber > forkPoint).ToListAsync(cancellationToken);
        db.WorkEvents.RemoveRange(orphaned);
        var orphanedWorks = await db.Works.Where(w => w.BlockNumber > forkPoint).ToListAsync(cancellationToken);
        db.Works.RemoveRange(orphanedWorks);
        foreach (var workId in orphaned.Where(e => e.Kind == WorkEventKind.Transferred).Select(e => e.WorkId).Distinct())
            await RestoreOwnerAsync(workId, forkPoint, cancellationToken);
        await new LicensingRollback(db).RollBackAsync(orphaned, forkPoint, cancellationToken);
        await new DisputeRollback(db).RollBackAsync(orphaned, forkPoint, cancellationToken);

        checkpoint.BlockNumber = forkPoint;
        checkpoint.BlockHash = forkPoint < 0 ? "" : await CanonicalHashAsync(forkPoint) ?? "";
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

    private async Task<string?> CanonicalHashAsync(long blockNumber)
    {
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(blockNumber));
        return block?.BlockHash;
    }
}
