using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Previews;
using Registry.Core.Search;
using Registry.Core.Works;

namespace Registry.Core.Similarity;

/// <summary>
/// The registered works whose perceptual fingerprint is within the kind's threshold of a given one, nearest first,
/// each text with its excerpt (so whoever shows the list can show what the text says).
/// </summary>
public sealed class SimilarWorks(NearDuplicateIndex index, WorkCatalog catalog, WorkPreviews previews)
{
    public Task<IReadOnlyList<SimilarMatch>> FindAsync(PerceptualFingerprint fingerprint, int limit, CancellationToken cancellationToken) =>
        fingerprint.Hash is not null && KindOf(fingerprint.Kind) is { } kind
            ? FindAsync(kind, fingerprint.Probes, limit, excludeWorkId: null, cancellationToken)
            : Task.FromResult<IReadOnlyList<SimilarMatch>>([]);

    /// <summary>The works near a registered work (its own fingerprint and kind from the read model), itself excluded.</summary>
    public Task<IReadOnlyList<SimilarMatch>> FindForAsync(Work work, int limit, CancellationToken cancellationToken) =>
        work is { Fingerprint: not 0, FingerprintKind: { } kind }
            ? FindAsync(kind, [unchecked((ulong)work.Fingerprint)], limit, work.WorkId, cancellationToken)
            : Task.FromResult<IReadOnlyList<SimilarMatch>>([]);

    public static FingerprintKind? KindOf(DetectedKind kind) => kind switch
    {
        _ when kind.IsImage() => FingerprintKind.Image,
        DetectedKind.Text => FingerprintKind.Text,
        _ => null,
    };

    /// <summary>The kind as the metadata document names it ("image", "text").</summary>
    public static string NameOf(FingerprintKind kind) => kind.ToString().ToLowerInvariant();

    public static FingerprintKind? KindOf(string? name) =>
        Enum.TryParse<FingerprintKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _) ? kind : null;

    private async Task<IReadOnlyList<SimilarMatch>> FindAsync(FingerprintKind kind, IReadOnlyList<ulong> probes, int limit, long? excludeWorkId, CancellationToken cancellationToken)
    {
        var threshold = kind == FingerprintKind.Image ? PerceptualThresholds.Image : PerceptualThresholds.Text;
        var matches = index.FindWithin(probes, kind, threshold, limit + 1).Where(m => m.WorkId != excludeWorkId).Take(limit).ToList();
        if (matches.Count == 0) return [];
        var works = await catalog.GetManyAsync(matches.Select(m => m.WorkId).ToList(), cancellationToken);
        var excerpts = await previews.GetExcerptsAsync(works.Values, cancellationToken);
        return matches.Where(m => works.ContainsKey(m.WorkId))
            .Select(m => new SimilarMatch(works[m.WorkId], m.Distance, excerpts.GetValueOrDefault(m.WorkId)))
            .ToList();
    }
}
