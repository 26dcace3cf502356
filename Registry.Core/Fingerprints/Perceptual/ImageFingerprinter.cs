using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A 64-bit DCT perceptual hash (pHash) of a JPEG, PNG, GIF (first frame), WebP or BMP image: grey levels,
/// resized to 32×32, 2-D DCT-II, then the 63 lowest frequencies of the top-left 8×8 without the DC term, each bit
/// 1 when its coefficient is above their median. Bit 63 is always 0 (there are only 63 such coefficients).
/// </summary>
/// <remarks>
/// The image is decoded by a <see cref="BoundedImageDecoder"/>: an image declaring zero, negative or more than the
/// allowed pixels is refused before any pixel buffer exists. Mirror images are different images to this hash: a
/// horizontal flip changes the sign of every odd horizontal frequency and is usually not within the default threshold.
/// </remarks>
public sealed class ImageFingerprinter
{
    public const long DefaultMaxPixels = BoundedImageDecoder.DefaultMaxPixels;
    public const string CorruptMessage = BoundedImageDecoder.CorruptMessage;
    public const string EmptyMessage = BoundedImageDecoder.EmptyMessage;

    private const int Side = 32;
    private const int LowFrequencies = 8;
    private static readonly double[,] Cosines = CreateCosines();

    private readonly BoundedImageDecoder _decoder;

    public ImageFingerprinter(long maxPixels = DefaultMaxPixels) => _decoder = new BoundedImageDecoder(maxPixels);

    public static string TooLargeMessage(long width, long height, long maxPixels) => BoundedImageDecoder.TooLargeMessage(width, height, maxPixels);

    /// <exception cref="UnreadableContentException">The image is corrupt, truncated, empty or too large to decode.</exception>
    public ulong Compute(ReadOnlyMemory<byte> image)
    {
        using var decoded = _decoder.Decode<L8>(image);
        return HashOf(SmallGrey(decoded));
    }

    private static double[] SmallGrey(Image<L8> image)
    {
        try
        {
            image.Mutate(x => x.AutoOrient().Resize(Side, Side));
        }
        catch (Exception e) when (BoundedImageDecoder.IsDecodingFailure(e))
        {
            throw new UnreadableContentException(CorruptMessage, e);
        }
        var grey = new double[Side * Side];
        for (var y = 0; y < Side; y++)
            for (var x = 0; x < Side; x++)
                grey[y * Side + x] = image[x, y].PackedValue;
        return grey;
    }

    private static ulong HashOf(double[] grey)
    {
        // Separable DCT-II: rows first (only the 8 lowest horizontal frequencies are needed), then columns.
        var rows = new double[Side, LowFrequencies];
        for (var y = 0; y < Side; y++)
            for (var u = 0; u < LowFrequencies; u++)
            {
                var sum = 0.0;
                for (var x = 0; x < Side; x++)
                    sum += grey[y * Side + x] * Cosines[u, x];
                rows[y, u] = sum;
            }

        Span<double> coefficients = stackalloc double[LowFrequencies * LowFrequencies - 1];
        var n = 0;
        for (var v = 0; v < LowFrequencies; v++)
            for (var u = 0; u < LowFrequencies; u++)
            {
                if (u == 0 && v == 0)
                    continue;
                var sum = 0.0;
                for (var y = 0; y < Side; y++)
                    sum += rows[y, u] * Cosines[v, y];
                coefficients[n++] = sum;
            }

        Span<double> sorted = stackalloc double[coefficients.Length];
        coefficients.CopyTo(sorted);
        sorted.Sort();
        var median = sorted[sorted.Length / 2];

        ulong hash = 0;
        for (var i = 0; i < coefficients.Length; i++)
            if (coefficients[i] > median)
                hash |= 1UL << i;
        return hash;
    }

    private static double[,] CreateCosines()
    {
        var cosines = new double[LowFrequencies, Side];
        for (var u = 0; u < LowFrequencies; u++)
            for (var x = 0; x < Side; x++)
                cosines[u, x] = Math.Cos((2 * x + 1) * u * Math.PI / (2 * Side));
        return cosines;
    }
}
