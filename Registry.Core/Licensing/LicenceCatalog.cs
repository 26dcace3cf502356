using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Licensing;

/// <summary>Reads offers and licences from the indexed read model, and answers whether an address holds a valid licence.</summary>
public sealed class LicenceCatalog(IDbContextFactory<RegistryDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The offers on a work, oldest first, each with what a buyer needs to know now; empty for an unknown work.</summary>
    public async Task<IReadOnlyList<OfferListing>> GetOffersAsync(long workId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offers = await db.Offers.AsNoTracking().Where(o => o.WorkId == workId).OrderBy(o => o.OfferId).ToListAsync(cancellationToken);
        if (offers.Count == 0) return [];

        var owner = await db.Works.Where(w => w.WorkId == workId).Select(w => w.Owner).SingleOrDefaultAsync(cancellationToken);
        var frozen = await db.WorkEvents
            .Where(e => e.WorkId == workId && (e.Kind == WorkEventKind.SalesFrozen || e.Kind == WorkEventKind.SalesUnfrozen))
            .OrderByDescending(e => e.BlockNumber).ThenByDescending(e => e.LogIndex)
            .Select(e => e.Kind).FirstOrDefaultAsync(cancellationToken) == WorkEventKind.SalesFrozen;
        var exclusiveIds = offers.Where(o => o.Exclusive).Select(o => o.OfferId).ToList();
        var unrevoked = await db.Licences.AsNoTracking()
            .Where(l => exclusiveIds.Contains(l.OfferId) && !l.Revoked)
            .ToListAsync(cancellationToken);
        var liveByOffer = unrevoked.Where(l => LicenceValidity.IsValidAt(l, now))
            .GroupBy(l => l.OfferId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.ValidUntil ?? DateTimeOffset.MaxValue).First());

        return offers.Select(offer =>
        {
            var live = liveByOffer.GetValueOrDefault(offer.OfferId);
            int? remaining = offer.MaxSupply == 0 ? null : Math.Max(0, offer.MaxSupply - offer.Sold);
            var availability = offer.Status switch
            {
                OfferStatus.Withdrawn => OfferAvailability.Withdrawn,
                OfferStatus.Paused => OfferAvailability.Paused,
                _ when frozen => OfferAvailability.SalesFrozen,
                _ when owner is not null && owner != offer.Seller => OfferAvailability.SellerNoLongerOwner,
                _ when remaining == 0 => OfferAvailability.SoldOut,
                _ when live is not null => OfferAvailability.Taken,
                _ => OfferAvailability.Available,
            };
            return new OfferListing(offer, availability, remaining, live?.LicenceId, live?.ValidUntil);
        }).ToList();
    }

    public async Task<Offer?> GetOfferAsync(long offerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.OfferId == offerId, cancellationToken);
    }

    /// <summary>A licence with its work and offer, and its status now; null when there is no such licence (yet).</summary>
    public async Task<LicenceDetails?> GetAsync(long licenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var licence = await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.LicenceId == licenceId, cancellationToken);
        if (licence is null) return null;
        var work = await db.Works.AsNoTracking().SingleOrDefaultAsync(w => w.WorkId == licence.WorkId, cancellationToken);
        var offer = await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.OfferId == licence.OfferId, cancellationToken);
        return new LicenceDetails(licence, work, offer, LicenceValidity.StatusAt(licence, clock.GetUtcNow()));
    }

    /// <summary>The licences an address holds now (bought, or transferred to it), newest first, whatever their status.</summary>
    public async Task<IReadOnlyList<LicenceDetails>> GetHeldByAsync(string address, CancellationToken cancellationToken = default)
    {
        var holder = address.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var licences = await db.Licences.AsNoTracking().Where(l => l.Holder == holder).OrderByDescending(l => l.LicenceId).ToListAsync(cancellationToken);
        var workIds = licences.Select(l => l.WorkId).Distinct().ToList();
        var offerIds = licences.Select(l => l.OfferId).Distinct().ToList();
        var works = await db.Works.AsNoTracking().Where(w => workIds.Contains(w.WorkId)).ToDictionaryAsync(w => w.WorkId, cancellationToken);
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.OfferId)).ToDictionaryAsync(o => o.OfferId, cancellationToken);
        return licences.Select(l => new LicenceDetails(l, works.GetValueOrDefault(l.WorkId), offers.GetValueOrDefault(l.OfferId), LicenceValidity.StatusAt(l, now))).ToList();
    }

    /// <summary>The licences of a work that are valid now, oldest first: what a ruling that freezes or reassigns it may revoke.</summary>
    public async Task<IReadOnlyList<Licence>> GetValidOfWorkAsync(long workId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unrevoked = await db.Licences.AsNoTracking().Where(l => l.WorkId == workId && !l.Revoked).OrderBy(l => l.LicenceId).ToListAsync(cancellationToken);
        return unrevoked.Where(l => LicenceValidity.IsValidAt(l, now)).ToList();
    }

    /// <summary>
    /// Whether <paramref name="address"/> holds a valid licence for exactly this usage of the work at
    /// <paramref name="now"/> (territories are not judged). The best licence answers: a perpetual one, else the one
    /// valid longest. Without a valid one, the latest licence it holds explains why not.
    /// </summary>
    public async Task<LicenceCheck> CheckAsync(string address, long workId, LicenceUsage usage, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var holder = address.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var held = await db.Licences.AsNoTracking()
            .Where(l => l.Holder == holder && l.WorkId == workId && l.Usage == usage)
            .ToListAsync(cancellationToken);

        var best = held.Where(l => LicenceValidity.IsValidAt(l, now))
            .OrderByDescending(l => l.ValidUntil ?? DateTimeOffset.MaxValue).ThenByDescending(l => l.LicenceId)
            .FirstOrDefault();
        if (best is not null) return new LicenceCheck(true, best, LicenceValidity.Describe(best, now));

        var latest = held.MaxBy(l => l.LicenceId);
        return latest is not null
            ? new LicenceCheck(false, latest, LicenceValidity.Describe(latest, now))
            : new LicenceCheck(false, null, $"No licence for work #{workId.ToString(CultureInfo.InvariantCulture)} and usage {usage} is held by {holder}.");
    }
}
