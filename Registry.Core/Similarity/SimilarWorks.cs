using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Search;
using Registry.Core.Works;

namespace Registry.Core.Similarity;

/// <summary>The registered works whose perceptual fingerprint is within the kind's threshold of a given one, nearest first.</summary>
public sealed class SimilarWorks(NearDuplicateIndex index, WorkCatalog catalog)
{
    public Task<IReadOnlyList<SimilarMatch>> FindAsync(PerceptualFingerprint fingerprint, int limit, CancellationToken cancellationToken) =>
        fingerprint.Hash is { } hash && KindOf(fingerprint.Kind) is { } kind
            ? FindAsync(kind, hash, limit, excludeWorkId: null, cancellationToken)
            : Task.FromResult<IReadOnlyList<SimilarMatch>>([]);

    /// <summary>The works near a registered work (its own fingerprint and kind from the read model), itself excluded.</summary>
    public Task<IReadOnlyList<SimilarMatch>> FindForAsync(Work work, int limit, CancellationToken cancellationToken) =>
        work is { Fingerprint: not 0, FingerprintKind: { } kind }
            ? FindAsync(kind, unchecked((ulong)work.Fingerprint), limit, work.WorkId, cancellationToken)
            : Task.FromResult<IReadOnlyList<SimilarMatch>>([]);

    public static FingerprintKind? KindOf(DetectedKind kind) => kind switch
    {
        _ when kind.IsImage() => FingerprintKind.Image,
        DetectedKind.Text => FingerprintKind.Text,
        _ => null,
    };

    public static FingerprintKind? KindOf(string? name) => name switch
    {
        "image" => FingerprintKind.Image,
        "text" => FingerprintKind.Text,
        _ => null,
    };

    private async Task<IReadOnlyList<SimilarMatch>> FindAsync(FingerprintKind kind, ulong hash, int limit, long? excludeWorkId, CancellationToken cancellationToken)
    {
        var threshold = kind == FingerprintKind.Image ? PerceptualThresholds.Image : PerceptualThresholds.Text;
        var found = new List<SimilarMatch>();
        foreach (var match in index.FindWithin(hash, kind, threshold, limit + 1).Where(m => m.WorkId != excludeWorkId).Take(limit))
        {
            if (await catalog.GetAsync(match.WorkId, cancellationToken) is { } work)
                found.Add(new SimilarMatch(work, match.Distance));
        }
        return found;
    }
}
