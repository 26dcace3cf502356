using Registry.Core.Works;

namespace Registry.Core.Verification;

/// <summary>The verdict on a file: its identities, and the registered work with the same content, if any.</summary>
public sealed record VerificationResult(string Sha256, string Cid, long Size, Work? Work)
{
    public bool Registered => Work is not null;
}
