namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>The kind detected from the content and its 64-bit perceptual hash; no hash for kinds other than image and text.</summary>
public sealed record PerceptualFingerprint(DetectedKind Kind, ulong? Hash)
{
    /// <summary>
    /// The hashes to look registered works up with: <see cref="Hash"/> first, then for an image those of the windows
    /// it would have as a copy cropped at the edges or as the original of a cropped copy (<see cref="ImageFingerprinter.ComputeWithProbes"/>).
    /// </summary>
    public IReadOnlyList<ulong> Probes { get; init; } = Hash is { } hash ? [hash] : [];
}
