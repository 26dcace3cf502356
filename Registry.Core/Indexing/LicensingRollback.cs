using Microsoft.EntityFrameworkCore;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// The licensing part of a reorganisation's rollback: drops the offers, licences, credits and withdrawals of orphaned
/// blocks and recomputes, from the events that remain, the state of the surviving offers and licences that orphaned
/// events had changed. Left unsaved, like the rest of the rollback.
/// </summary>
internal sealed class LicensingRollback(RegistryDbContext db)
{
    private static readonly WorkEventKind[] StatusKinds = [WorkEventKind.OfferPaused, WorkEventKind.OfferResumed, WorkEventKind.OfferWithdrawn];

    public async Task RollBackAsync(IReadOnlyList<WorkEvent> orphaned, long forkPoint, CancellationToken cancellationToken)
    {
        db.Offers.RemoveRange(await db.Offers.Where(o => o.BlockNumber > forkPoint).ToListAsync(cancellationToken));
        db.Licences.RemoveRange(await db.Licences.Where(l => l.BlockNumber > forkPoint).ToListAsync(cancellationToken));
        db.RoyaltyPayments.RemoveRange(await db.RoyaltyPayments.Where(p => p.BlockNumber > forkPoint).ToListAsync(cancellationToken));
        db.Withdrawals.RemoveRange(await db.Withdrawals.Where(w => w.BlockNumber > forkPoint).ToListAsync(cancellationToken));

        foreach (var offerId in orphaned.Where(e => e.OfferId is not null).Select(e => e.OfferId!.Value).Distinct())
            await RestoreOfferAsync(offerId, forkPoint, cancellationToken);
        foreach (var licenceId in orphaned.Where(e => e.LicenceId is not null).Select(e => e.LicenceId!.Value).Distinct())
            await RestoreLicenceAsync(licenceId, forkPoint, cancellationToken);
    }

    private async Task RestoreOfferAsync(long offerId, long forkPoint, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.FindAsync([offerId], cancellationToken);
        if (offer is null || offer.BlockNumber > forkPoint) return;
        var lastChange = await Surviving(forkPoint).Where(e => e.OfferId == offerId && StatusKinds.Contains(e.Kind))
            .OrderByDescending(e => e.BlockNumber).ThenByDescending(e => e.LogIndex)
            .Select(e => (WorkEventKind?)e.Kind).FirstOrDefaultAsync(cancellationToken);
        offer.Status = lastChange switch
        {
            WorkEventKind.OfferPaused => OfferStatus.Paused,
            WorkEventKind.OfferWithdrawn => OfferStatus.Withdrawn,
            _ => OfferStatus.Active,
        };
        offer.Sold = await db.Licences.CountAsync(l => l.OfferId == offerId && l.BlockNumber <= forkPoint, cancellationToken);
    }

    private async Task RestoreLicenceAsync(long licenceId, long forkPoint, CancellationToken cancellationToken)
    {
        var licence = await db.Licences.FindAsync([licenceId], cancellationToken);
        if (licence is null || licence.BlockNumber > forkPoint) return;
        var lastTransfer = await Surviving(forkPoint).Where(e => e.LicenceId == licenceId && e.Kind == WorkEventKind.LicenceTransferred)
            .OrderByDescending(e => e.BlockNumber).ThenByDescending(e => e.LogIndex)
            .FirstOrDefaultAsync(cancellationToken);
        licence.Holder = lastTransfer?.To ?? licence.Buyer;
        licence.Revoked = await Surviving(forkPoint).AnyAsync(e => e.LicenceId == licenceId && e.Kind == WorkEventKind.LicenceRevoked, cancellationToken);
    }

    private IQueryable<WorkEvent> Surviving(long forkPoint) => db.WorkEvents.Where(e => e.BlockNumber <= forkPoint);
}
