using Registry.Core.Previews;
using Registry.Core.Similarity;

namespace Registry.Web.Api;

/// <summary>
/// A registered work that looks like the file: its distance in bits (of 64) and similarity (1 = identical
/// fingerprint), and what to show of it: the address of a thumbnail for a published image, the beginning of a
/// published text.
/// </summary>
public sealed record SimilarWorkResponse(long WorkId, string? Title, string Owner, int Distance, double Similarity,
    string? ThumbnailUrl = null, string? Excerpt = null)
{
    public static SimilarWorkResponse From(SimilarMatch match) =>
        new(match.Work.WorkId, match.Work.Title, match.Work.Owner, match.Distance, Math.Round(match.Similarity, 3),
            WorkPreviews.HasThumbnail(match.Work) ? WorksApi.ThumbnailPath(match.Work.WorkId) : null, match.Excerpt);
}
