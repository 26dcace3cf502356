using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>A way of deriving a copy of an image, giving the copy's file bytes. The original is registered as PNG.</summary>
internal sealed record ImageVariant(string Name, Func<Image<Rgb24>, byte[]> Derive)
{
    public const string HorizontalFlip = "horizontal flip";
    public const string BorderCrop5Percent = "5 % border crop (2.5 % off each edge)";
    public const string BorderCrop10Percent = "10 % border crop (5 % off each edge)";

    public static IReadOnlyList<ImageVariant> All { get; } =
    [
        new("resize 50 %", image => Png(image.Clone(x => x.Resize(image.Width / 2, image.Height / 2)))),
        new("resize 200 %", image => Png(image.Clone(x => x.Resize(image.Width * 2, image.Height * 2)))),
        new("JPEG quality 60", image => Jpeg(image, 60)),
        new("PNG → JPEG (quality 75)", image => Jpeg(image, 75)),
        new("JPEG (quality 90) → PNG", image => Png(Image.Load<Rgb24>(Jpeg(image, 90)))),
        new("brightness +10 %", image => Png(image.Clone(x => x.Brightness(1.1f)))),
        new(BorderCrop5Percent, image => Png(CropBorder(image, 0.025))),
        new(BorderCrop10Percent, image => Png(CropBorder(image, 0.05))),
        new(HorizontalFlip, image => Png(image.Clone(x => x.Flip(FlipMode.Horizontal)))),
    ];

    private static Image<Rgb24> CropBorder(Image<Rgb24> image, double fractionPerEdge)
    {
        var (dx, dy) = ((int)Math.Round(image.Width * fractionPerEdge), (int)Math.Round(image.Height * fractionPerEdge));
        return image.Clone(x => x.Crop(new Rectangle(dx, dy, image.Width - 2 * dx, image.Height - 2 * dy)));
    }

    public static byte[] Png(Image image)
    {
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    public static byte[] Jpeg(Image image, int quality)
    {
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = quality });
        return stream.ToArray();
    }
}
