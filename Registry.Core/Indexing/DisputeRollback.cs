using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// The disputes part of a reorganisation's rollback: drops the disputes opened and the notifications made in orphaned
/// blocks, replays the surviving steps of the surviving disputes that orphaned steps had moved, and gives a work whose
/// reassignment was orphaned back the split it had before. Left unsaved, like the rest of the rollback.
/// </summary>
internal sealed class DisputeRollback(RegistryDbContext db)
{
    public async Task RollBackAsync(IReadOnlyList<WorkEvent> orphaned, long forkPoint, CancellationToken cancellationToken)
    {
        db.Disputes.RemoveRange(await db.Disputes.Where(d => d.BlockNumber > forkPoint).ToListAsync(cancellationToken));
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.BlockNumber > forkPoint).ToListAsync(cancellationToken));

        foreach (var disputeId in orphaned.Where(e => e.DisputeId is not null).Select(e => e.DisputeId!.Value).Distinct())
            await RestoreDisputeAsync(disputeId, forkPoint, cancellationToken);
        foreach (var workId in orphaned.Where(e => e.Kind == WorkEventKind.WorkReassigned).Select(e => e.WorkId).Distinct())
            await RestoreSplitAsync(workId, forkPoint, cancellationToken);
    }

    private async Task RestoreDisputeAsync(long disputeId, long forkPoint, CancellationToken cancellationToken)
    {
        var dispute = await db.Disputes.SingleOrDefaultAsync(d => d.DisputeId == disputeId, cancellationToken);
        if (dispute is null || dispute.BlockNumber > forkPoint) return;
        var steps = await Surviving(forkPoint).Where(e => e.DisputeId == disputeId)
            .OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex).ToListAsync(cancellationToken);
        DisputeSteps.Reset(dispute);
        foreach (var step in steps) DisputeSteps.Apply(dispute, step);
    }

    /// <summary>The split of the latest surviving registration or reassignment of the work.</summary>
    private async Task RestoreSplitAsync(long workId, long forkPoint, CancellationToken cancellationToken)
    {
        var work = await db.Works.SingleOrDefaultAsync(w => w.WorkId == workId, cancellationToken);
        if (work is null || work.BlockNumber > forkPoint) return;
        var split = await Surviving(forkPoint).Where(e => e.WorkId == workId && e.Split != null)
            .OrderByDescending(e => e.BlockNumber).ThenByDescending(e => e.LogIndex)
            .Select(e => e.Split).FirstOrDefaultAsync(cancellationToken);
        if (split is not null) work.Split = split;
    }

    private IQueryable<WorkEvent> Surviving(long forkPoint) => db.WorkEvents.Where(e => e.BlockNumber <= forkPoint);
}
