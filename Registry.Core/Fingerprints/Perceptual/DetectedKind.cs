namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>What a piece of content is, as told by its bytes (never by its file name).</summary>
public enum DetectedKind
{
    Other,
    Jpeg,
    Png,
    Gif,
    WebP,
    Bmp,
    Text,
}
