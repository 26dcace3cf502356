using Registry.Core.Fingerprints.Perceptual;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Core.Previews;

/// <summary>
/// Makes a JPEG whose longest side is at most <see cref="MaxSide"/> pixels (smaller images keep their size), aspect
/// kept, turned upright by its EXIF orientation, transparency painted on white, metadata left out. The image is
/// decoded by a <see cref="BoundedImageDecoder"/>, so a bomb is refused before decoding.
/// </summary>
public sealed class ThumbnailMaker(BoundedImageDecoder decoder)
{
    public const int MaxSide = 160;

    private static readonly JpegEncoder Encoder = new() { Quality = 80 };

    public ThumbnailMaker()
        : this(new BoundedImageDecoder())
    {
    }

    /// <returns>Null when the image cannot be read: corrupt, truncated, empty, too large, or not an image.</returns>
    public Thumbnail? TryCreate(ReadOnlyMemory<byte> image)
    {
        try
        {
            using var decoded = decoder.Decode<Rgba32>(image);
            var (width, height) = FitWithin(decoded.Width, decoded.Height, MaxSide);
            // The box is square, so resizing before turning upright gives the same size and touches fewer pixels.
            decoded.Mutate(x => x.Resize(width, height).AutoOrient().BackgroundColor(Color.White));
            decoded.Metadata.ExifProfile = null;
            decoded.Metadata.IccProfile = null;
            decoded.Metadata.XmpProfile = null;
            using var output = new MemoryStream();
            decoded.SaveAsJpeg(output, Encoder);
            return new Thumbnail(output.ToArray(), decoded.Width, decoded.Height);
        }
        catch (UnreadableContentException)
        {
            return null;
        }
        catch (Exception e) when (BoundedImageDecoder.IsDecodingFailure(e))
        {
            return null;
        }
    }

    /// <summary>The size of <paramref name="width"/> × <paramref name="height"/> scaled down (never up) so that its longest side is at most <paramref name="maxSide"/>.</summary>
    public static (int Width, int Height) FitWithin(int width, int height, int maxSide)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 1);
        var longest = Math.Max(width, height);
        if (longest <= maxSide) return (width, height);
        var scale = (double)maxSide / longest;
        return (Math.Clamp((int)Math.Round(width * scale), 1, maxSide), Math.Clamp((int)Math.Round(height * scale), 1, maxSide));
    }
}
