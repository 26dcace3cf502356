namespace Registry.Core.Works;

/// <summary>A registered work as the indexer mirrored it from the chain (and its metadata document from the content store).</summary>
public sealed class Work
{
    public long WorkId { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public required string Cid { get; set; }

    public string? MetadataCid { get; set; }

    /// <summary>The 64-bit perceptual fingerprint (as stored on-chain, reinterpreted as signed); 0 = none.</summary>
    public long Fingerprint { get; set; }

    /// <summary>What <see cref="Fingerprint"/> was computed from; null when there is none (or not yet known).</summary>
    public FingerprintKind? FingerprintKind { get; set; }

    public required string Creator { get; set; }

    public required string Owner { get; set; }

    /// <summary>Recipients and basis points, as "0xabc…:10000;0xdef…:…".</summary>
    public required string Split { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public MetadataStatus MetadataStatus { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public WorkKind? Kind { get; set; }

    /// <summary>Tags joined by ", " (as searched and shown).</summary>
    public string? Tags { get; set; }

    public string? FileName { get; set; }

    public long? Size { get; set; }

    public bool Published { get; set; }
}
