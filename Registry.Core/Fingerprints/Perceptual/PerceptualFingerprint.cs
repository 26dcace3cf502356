namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>The kind detected from the content and its 64-bit perceptual hash; no hash for kinds other than image and text.</summary>
public sealed record PerceptualFingerprint(DetectedKind Kind, ulong? Hash);
