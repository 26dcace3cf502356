using Registry.Core.Works;

namespace Registry.Core.Similarity;

/// <summary>A registered work near a fingerprint: its Hamming distance (0–64) and the similarity that makes (1 = identical).</summary>
public sealed record SimilarMatch(Work Work, int Distance)
{
    public double Similarity => 1 - Distance / 64.0;
}
