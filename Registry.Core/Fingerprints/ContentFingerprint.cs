namespace Registry.Core.Fingerprints;

/// <summary>What identifies a piece of content: the SHA-256 of its bytes, the CIDv1 IPFS gives it, and its length.</summary>
public sealed record ContentFingerprint(byte[] Sha256, Cid Cid, long Length)
{
    /// <summary>The SHA-256 in lower-case hex, without a 0x prefix.</summary>
    public string Sha256Hex => Fingerprints.Sha256Hex.Format(Sha256);

    // A record compares arrays by reference; two fingerprints of the same bytes must be equal.
    public bool Equals(ContentFingerprint? other) =>
        other is not null && Length == other.Length && Cid.Equals(other.Cid) && Sha256.AsSpan().SequenceEqual(other.Sha256);

    public override int GetHashCode() => Cid.GetHashCode();
}
