using Registry.Core.Similarity;

namespace Registry.Web.Api;

/// <summary>A registered work that looks like the file: its distance in bits (of 64) and similarity (1 = identical fingerprint).</summary>
public sealed record SimilarWorkResponse(long WorkId, string? Title, string Owner, int Distance, double Similarity)
{
    public static SimilarWorkResponse From(SimilarMatch match) =>
        new(match.Work.WorkId, match.Work.Title, match.Work.Owner, match.Distance, Math.Round(match.Similarity, 3));
}
