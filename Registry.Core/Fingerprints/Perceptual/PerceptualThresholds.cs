namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>The default Hamming distances at or below which two fingerprints count as near duplicates.</summary>
public static class PerceptualThresholds
{
    public const int Image = 10;
    public const int Text = 6;

    /// <summary>The default threshold for a kind, or null for kinds that carry no perceptual fingerprint.</summary>
    public static int? For(DetectedKind kind) => kind switch
    {
        DetectedKind.Text => Text,
        _ when kind.IsImage() => Image,
        _ => null,
    };
}
