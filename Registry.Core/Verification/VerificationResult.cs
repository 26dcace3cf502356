using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Core.Verification;

/// <summary>The verdict on a file: its identities, the registered work with the same content if any, and registered works that look like it.</summary>
public sealed record VerificationResult(string Sha256, string Cid, long Size, Work? Work, IReadOnlyList<SimilarMatch> Similar)
{
    public bool Registered => Work is not null;
}
