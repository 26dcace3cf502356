using Registry.Core.Works;

namespace Registry.Core.Similarity;

/// <summary>
/// A registered work near a fingerprint: its Hamming distance (0–64), the similarity that makes (1 = identical),
/// and for a published text the beginning of it (<see cref="Previews.TextExcerpt"/>).
/// </summary>
public sealed record SimilarMatch(Work Work, int Distance, string? Excerpt = null)
{
    public double Similarity => 1 - Distance / 64.0;
}
