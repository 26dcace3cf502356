using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A 64-bit DCT perceptual hash (pHash) of a JPEG, PNG, GIF (first frame), WebP or BMP image: grey levels,
/// resized to 32×32, 2-D DCT-II, then the 63 lowest frequencies of the top-left 8×8 without the DC term, each bit
/// 1 when its coefficient is above their median. Bit 63 is always 0 (there are only 63 such coefficients).
/// </summary>
/// <remarks>
/// The header is read first and an image declaring zero, negative or more than the allowed pixels is refused
/// before any pixel buffer exists; decoding then runs with an allocator capped to what that many pixels need.
/// Mirror images are different images to this hash: a horizontal flip changes the sign of every odd horizontal
/// frequency and is usually not within the default threshold.
/// </remarks>
public sealed class ImageFingerprinter
{
    public const long DefaultMaxPixels = 50_000_000;
    public const string CorruptMessage = "The image is corrupt or truncated and cannot be read.";
    public const string EmptyMessage = "The image declares a width or height of zero.";

    private const int Side = 32;
    private const int LowFrequencies = 8;
    private const int BytesPerPixelWhileDecoding = 8;
    private static readonly double[,] Cosines = CreateCosines();

    private readonly long _maxPixels;
    private readonly Configuration _configuration;

    public ImageFingerprinter(long maxPixels = DefaultMaxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        _maxPixels = maxPixels;
        _configuration = CreateConfiguration(maxPixels);
    }

    public static string TooLargeMessage(long width, long height, long maxPixels) =>
        $"The image declares {width:N0} × {height:N0} pixels, more than the {maxPixels:N0} allowed; it was not decoded.";

    /// <exception cref="UnreadableContentException">The image is corrupt, truncated, empty or too large to decode.</exception>
    public ulong Compute(ReadOnlyMemory<byte> image)
    {
        if (HeaderDimensions.TryRead(image.Span, out var declaredWidth, out var declaredHeight) && (declaredWidth <= 0 || declaredHeight <= 0))
            throw new UnreadableContentException(EmptyMessage);
        using var stream = AsStream(image);
        var (width, height) = ReadDeclaredSize(stream);
        if (width <= 0 || height <= 0)
            throw new UnreadableContentException(EmptyMessage);
        if ((long)width * height > _maxPixels)
            throw new UnreadableContentException(TooLargeMessage(width, height, _maxPixels));
        if (ImageCompleteness.IsTruncated(image.Span))
            throw new UnreadableContentException(CorruptMessage);

        stream.Position = 0;
        var grey = LoadAsSmallGrey(stream);
        return HashOf(grey);
    }

    private (int Width, int Height) ReadDeclaredSize(Stream stream)
    {
        try
        {
            var info = Image.Identify(_configuration, stream);
            return info is null ? throw new UnreadableContentException(CorruptMessage) : (info.Width, info.Height);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw new UnreadableContentException(CorruptMessage, e);
        }
    }

    private double[] LoadAsSmallGrey(Stream stream)
    {
        try
        {
            using var image = Image.Load<L8>(_configuration, stream);
            image.Mutate(x => x.AutoOrient().Resize(Side, Side));
            var grey = new double[Side * Side];
            for (var y = 0; y < Side; y++)
                for (var x = 0; x < Side; x++)
                    grey[y * Side + x] = image[x, y].PackedValue;
            return grey;
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw new UnreadableContentException(CorruptMessage, e);
        }
    }

    private static bool IsDecodingFailure(Exception e) =>
        e is ImageFormatException or InvalidMemoryOperationException or NotSupportedException or EndOfStreamException
            or ArgumentException or IndexOutOfRangeException or InvalidOperationException;

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

    private static Configuration CreateConfiguration(long maxPixels)
    {
        // Only the five formats we fingerprint, GIFs to their first frame, and no single buffer above what the allowed pixels need.
        var configuration = new Configuration(
            new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule(),
            new BmpConfigurationModule(), new WebpConfigurationModule());
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { MaxFrames = 1 });
        var limitMegabytes = (int)Math.Min(int.MaxValue, Math.Max(64, maxPixels * BytesPerPixelWhileDecoding >> 20));
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = limitMegabytes });
        return configuration;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> image) =>
        MemoryMarshal.TryGetArray(image, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(image.ToArray(), writable: false);
}
