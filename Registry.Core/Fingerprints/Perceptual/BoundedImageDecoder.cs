using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Decodes a JPEG, PNG, GIF (first frame), WebP or BMP image without trusting it: the header is read first and an
/// image declaring zero, negative or more than the allowed pixels is refused before any pixel buffer exists, a PNG
/// or JPEG cut short is refused, and decoding runs with an allocator capped to what that many pixels need.
/// </summary>
public sealed class BoundedImageDecoder
{
    public const long DefaultMaxPixels = 50_000_000;
    public const string CorruptMessage = "The image is corrupt or truncated and cannot be read.";
    public const string EmptyMessage = "The image declares a width or height of zero.";

    private const int BytesPerPixelWhileDecoding = 8;

    private readonly long _maxPixels;
    private readonly Configuration _configuration;

    public BoundedImageDecoder(long maxPixels = DefaultMaxPixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPixels, 1);
        _maxPixels = maxPixels;
        _configuration = CreateConfiguration(maxPixels);
    }

    public static string TooLargeMessage(long width, long height, long maxPixels) =>
        $"The image declares {width:N0} × {height:N0} pixels, more than the {maxPixels:N0} allowed; it was not decoded.";

    /// <exception cref="UnreadableContentException">The image is corrupt, truncated, empty or too large to decode.</exception>
    public Image<TPixel> Decode<TPixel>(ReadOnlyMemory<byte> image) where TPixel : unmanaged, IPixel<TPixel>
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
        try
        {
            return Image.Load<TPixel>(_configuration, stream);
        }
        catch (Exception e) when (IsDecodingFailure(e))
        {
            throw new UnreadableContentException(CorruptMessage, e);
        }
    }

    /// <summary>What ImageSharp throws for an image it cannot decode, or one that needs more memory than allowed.</summary>
    public static bool IsDecodingFailure(Exception e) =>
        e is ImageFormatException or InvalidMemoryOperationException or NotSupportedException or EndOfStreamException
            or ArgumentException or IndexOutOfRangeException or InvalidOperationException;

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
