using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A 64-bit DCT perceptual hash (pHash) of a JPEG, PNG, GIF (first frame), WebP or BMP image: grey levels of the
/// centre window (the middle 90 % of width and height), area-averaged to 32×32, 2-D DCT-II, then the 63 lowest
/// frequencies of the top-left 8×8 without the DC term, each bit 1 when its coefficient is above their median.
/// Bit 63 is always 0 (there are only 63 such coefficients).
/// </summary>
/// <remarks>
/// Cropping the edges rescales what a DCT hash sees, and a 5 % crop per edge moves a plain pHash past the threshold
/// about half the time. So the registered hash leaves the outer 5 % out, and a lookup also probes with the windows
/// that would be the registered one's if the file were a copy cropped by 1.25 %–5 % per edge (larger windows) or
/// the uncropped original of a registered cropped copy (smaller windows): <see cref="ComputeWithProbes"/>.
/// <para>The image is decoded by a <see cref="BoundedImageDecoder"/>: an image declaring zero, negative or more than
/// the allowed pixels is refused before any pixel buffer exists. Mirror images are different images to this hash: a
/// horizontal flip changes the sign of every odd horizontal frequency and is usually not within the default threshold.</para>
/// </remarks>
public sealed class ImageFingerprinter
{
    public const long DefaultMaxPixels = BoundedImageDecoder.DefaultMaxPixels;
    public const string CorruptMessage = BoundedImageDecoder.CorruptMessage;
    public const string EmptyMessage = BoundedImageDecoder.EmptyMessage;

    private const int Side = 32;
    private const int WorkingSide = 256;
    private const double RegisteredWindow = 0.9;
    private const int LowFrequencies = 8;
    private static readonly double[] CropsPerEdge = [0.0125, 0.025, 0.0375, 0.05];
    private static readonly double[,] Cosines = CreateCosines();

    private readonly BoundedImageDecoder _decoder;

    public ImageFingerprinter(long maxPixels = DefaultMaxPixels) => _decoder = new BoundedImageDecoder(maxPixels);

    public static string TooLargeMessage(long width, long height, long maxPixels) => BoundedImageDecoder.TooLargeMessage(width, height, maxPixels);

    /// <summary>The hash that is registered for the image.</summary>
    /// <exception cref="UnreadableContentException">The image is corrupt, truncated, empty or too large to decode.</exception>
    public ulong Compute(ReadOnlyMemory<byte> image) => HashOf(WorkingGrey(image), RegisteredWindow);

    /// <summary>
    /// The registered hash first, then the hashes to look up registered images with besides it: one per crop of
    /// <see cref="CropsPerEdge"/>, for a copy cropped that much (its window is the registered one of its original)
    /// and for an original of a copy registered cropped that much. Duplicates are left out.
    /// </summary>
    /// <exception cref="UnreadableContentException">The image is corrupt, truncated, empty or too large to decode.</exception>
    public IReadOnlyList<ulong> ComputeWithProbes(ReadOnlyMemory<byte> image)
    {
        var grey = WorkingGrey(image);
        var hashes = new List<ulong>(1 + 2 * CropsPerEdge.Length) { HashOf(grey, RegisteredWindow) };
        foreach (var crop in CropsPerEdge)
            foreach (var window in (double[])[RegisteredWindow / (1 - 2 * crop), RegisteredWindow * (1 - 2 * crop)])
            {
                var hash = HashOf(grey, window);
                if (!hashes.Contains(hash)) hashes.Add(hash);
            }
        return hashes;
    }

    private IntegralImage WorkingGrey(ReadOnlyMemory<byte> image)
    {
        using var decoded = _decoder.Decode<L8>(image);
        try
        {
            decoded.Mutate(x => x.AutoOrient().Resize(WorkingSide, WorkingSide));
        }
        catch (Exception e) when (BoundedImageDecoder.IsDecodingFailure(e))
        {
            throw new UnreadableContentException(CorruptMessage, e);
        }
        var grey = new byte[WorkingSide * WorkingSide];
        decoded.CopyPixelDataTo(grey);
        return new IntegralImage(grey, WorkingSide);
    }

    /// <summary>The hash of the centred square window whose side is <paramref name="window"/> of the image's.</summary>
    private static ulong HashOf(IntegralImage image, double window)
    {
        var grey = new double[Side * Side];
        var origin = (1 - window) / 2 * WorkingSide;
        var cell = window * WorkingSide / Side;
        for (var y = 0; y < Side; y++)
            for (var x = 0; x < Side; x++)
                grey[y * Side + x] = image.Mean(origin + x * cell, origin + y * cell, cell);
        return HashOf(grey);
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
