using Microsoft.EntityFrameworkCore;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Disputes;

/// <summary>Disputes as the indexer mirrored them into the read model, and their documents from the content store.</summary>
public sealed class DisputeCatalog(IDbContextFactory<RegistryDbContext> dbFactory, WorkCatalog works, EvidenceDocuments documents, TimeProvider clock)
{
    public const int MaxLimit = 500;

    /// <summary>
    /// The disputes that match, at most <see cref="DisputeQuery.Limit"/>: a moderator's queue (open or appealed) oldest
    /// first, by how long each has waited; any other list newest first.
    /// </summary>
    public async Task<IReadOnlyList<DisputeSummary>> ListAsync(DisputeQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var disputes = db.Disputes.AsNoTracking();
        if (query.Status is { } status) disputes = disputes.Where(d => d.Status == status);
        if (query.Claim is { } claim) disputes = disputes.Where(d => d.Claim == claim);
        if (query.WorkId is { } workId) disputes = disputes.Where(d => d.WorkId == workId);
        if (!string.IsNullOrWhiteSpace(query.Claimant))
        {
            var claimant = query.Claimant.Trim().ToLowerInvariant();
            disputes = disputes.Where(d => d.Claimant == claimant);
        }
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim().ToLowerInvariant();
            disputes = disputes.Where(d => db.Works.Any(w => w.WorkId == d.WorkId && w.Owner == owner));
        }
        if (query.OlderThan is { } age)
        {
            var waitingSince = clock.GetUtcNow() - age;
            disputes = disputes.Where(d => (d.Status == DisputeStatus.Appealed && d.AppealedAt != null ? d.AppealedAt.Value : d.OpenedAt) <= waitingSince);
        }
        var ordered = query.Status is DisputeStatus.Open or DisputeStatus.Appealed
            ? disputes.OrderBy(d => d.Status == DisputeStatus.Appealed && d.AppealedAt != null ? d.AppealedAt.Value : d.OpenedAt).ThenBy(d => d.DisputeId)
            : disputes.OrderByDescending(d => d.OpenedAt).ThenByDescending(d => d.DisputeId);
        var rows = await ordered.Take(Math.Clamp(query.Limit, 1, MaxLimit)).ToListAsync(cancellationToken);

        var titles = await db.Works.AsNoTracking().Where(w => rows.Select(d => d.WorkId).Contains(w.WorkId))
            .ToDictionaryAsync(w => w.WorkId, w => w.Title, cancellationToken);
        return rows.Select(d => new DisputeSummary(d.DisputeId, d.WorkId, titles.GetValueOrDefault(d.WorkId) ?? "", d.Claimant, d.Claim, d.CopiedWorkId,
            d.Status, d.FinalRuling, d.OpenedAt)).ToList();
    }

    /// <summary>The dispute with its works, steps and audited decisions; null when the read model does not have it (yet).</summary>
    public async Task<DisputeDetails?> GetAsync(long disputeId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.DisputeId == disputeId, cancellationToken);
        if (dispute is null) return null;
        var work = await works.GetAsync(dispute.WorkId, cancellationToken);
        if (work is null) return null;
        var copied = dispute.CopiedWorkId is { } copiedId ? await works.GetAsync(copiedId, cancellationToken) : null;
        var steps = await db.WorkEvents.AsNoTracking().Where(e => e.DisputeId == disputeId)
            .OrderBy(e => e.BlockNumber).ThenBy(e => e.LogIndex)
            .Select(e => new DisputeStep(e.Kind, e.From ?? e.To, e.DocumentCid, e.Ruling, e.TransactionHash, e.BlockNumber, e.Timestamp))
            .ToListAsync(cancellationToken);
        var decisions = await db.ModerationDecisions.AsNoTracking().Where(d => d.DisputeId == disputeId)
            .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        return new DisputeDetails(dispute, work, copied, steps, decisions, FingerprintDistance(work, copied));
    }

    /// <summary>The work's disputes waiting for a moderator, and the gravest upheld ruling in force on it.</summary>
    public async Task<WorkDisputeBanner> BannerAsync(long workId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var disputes = await db.Disputes.AsNoTracking().Where(d => d.WorkId == workId).ToListAsync(cancellationToken);
        var waiting = disputes.Count(d => d.Status is DisputeStatus.Open or DisputeStatus.Appealed);
        // Until an appeal is ruled, the first ruling stands (the contract keeps a freeze in force meanwhile).
        var standing = disputes
            .Where(d => d.FinalRuling is { } ruling && ruling != DisputeRuling.Dismissed)
            .OrderByDescending(d => d.FinalRuling)
            .ThenByDescending(d => d.AppealRuledAt ?? d.RuledAt)
            .FirstOrDefault();
        return new WorkDisputeBanner(waiting, standing?.FinalRuling, standing?.DisputeId);
    }

    /// <summary>The evidence, counter-statement, appeal or reason document under <paramref name="cid"/>; null when there is none.</summary>
    /// <exception cref="ContentStoreUnavailableException">The store cannot be reached or failed.</exception>
    public Task<EvidenceDocument?> ReadDocumentAsync(string cid, CancellationToken cancellationToken) => documents.ReadAsync(cid, cancellationToken);

    /// <summary>Fingerprints of different kinds are never compared; 0 means a work has none.</summary>
    internal static int? FingerprintDistance(Work work, Work? other) =>
        other is { Fingerprint: not 0 } && work.Fingerprint != 0
            && (work.FingerprintKind is null || other.FingerprintKind is null || work.FingerprintKind == other.FingerprintKind)
            ? Hamming.Distance(unchecked((ulong)work.Fingerprint), unchecked((ulong)other.Fingerprint))
            : null;
}
