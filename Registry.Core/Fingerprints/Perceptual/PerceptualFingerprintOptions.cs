namespace Registry.Core.Fingerprints.Perceptual;

public sealed class PerceptualFingerprintOptions
{
    public const string SectionName = "PerceptualFingerprints";

    /// <summary>Images declaring more pixels than this are refused before decoding (default 50 megapixels).</summary>
    public long MaxImagePixels { get; set; } = ImageFingerprinter.DefaultMaxPixels;

    /// <summary>Image files longer than this are refused; an uncompressed 50-megapixel BMP is about 150 MiB.</summary>
    public int MaxImageBytes { get; set; } = 256 << 20;

    /// <summary>Only this many leading bytes of a text are fingerprinted (default 1 MiB).</summary>
    public int MaxTextBytes { get; set; } = 1 << 20;
}
