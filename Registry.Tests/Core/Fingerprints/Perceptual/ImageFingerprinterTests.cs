using Registry.Core.Fingerprints.Perceptual;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class ImageFingerprinterTests
{
    private readonly ImageFingerprinter _fingerprinter = new();

    [Fact]
    public void Compute_WhenSameImageTwice_GivesTheSameHash()
    {
        using var image = TestImages.Create(0);
        var png = ImageVariant.Png(image);

        Assert.Equal(_fingerprinter.Compute(png), _fingerprinter.Compute(png.ToArray()));
    }

    [Fact]
    public void Compute_WhenBytesAreCorrupt_RefusesWithAReadableMessage()
    {
        using var image = TestImages.Create(1);
        var png = ImageVariant.Png(image);
        for (var i = 33; i < png.Length - 12; i++)
            png[i] ^= 0x5A; // scramble everything after the header

        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(png));

        Assert.Equal(ImageFingerprinter.CorruptMessage, error.Message);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void Compute_WhenFileIsTruncated_RefusesWithAReadableMessage(string format)
    {
        using var image = TestImages.Create(2);
        var whole = format == "png" ? ImageVariant.Png(image) : ImageVariant.Jpeg(image, 90);
        var half = whole[..(whole.Length / 2)];

        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(half));

        Assert.Equal(ImageFingerprinter.CorruptMessage, error.Message);
    }

    [Fact]
    public void Compute_WhenPngDeclaresTenGigapixels_RefusesWithoutDecoding()
    {
        var bomb = HandMadeImages.Png(100_000, 100_000);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(bomb));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(ImageFingerprinter.TooLargeMessage(100_000, 100_000, ImageFingerprinter.DefaultMaxPixels), error.Message);
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes were allocated to refuse the image.");
    }

    [Fact]
    public void Compute_WhenGifDeclaresFourGigapixels_RefusesWithoutDecoding()
    {
        var bomb = HandMadeImages.Gif(65_535, 65_535);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(bomb));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(ImageFingerprinter.TooLargeMessage(65_535, 65_535, ImageFingerprinter.DefaultMaxPixels), error.Message);
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes were allocated to refuse the image.");
    }

    [Fact]
    public void Compute_WhenImageIsOverAConfiguredLimit_Refuses()
    {
        using var image = TestImages.Create(3);
        var limited = new ImageFingerprinter(maxPixels: 10_000);

        var error = Assert.Throws<UnreadableContentException>(() => limited.Compute(ImageVariant.Png(image)));

        Assert.Equal(ImageFingerprinter.TooLargeMessage(image.Width, image.Height, 10_000), error.Message);
    }

    [Fact]
    public void Compute_WhenGifHasZeroWidth_RefusesAsEmpty()
    {
        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(HandMadeImages.Gif(0, 100)));

        Assert.Equal(ImageFingerprinter.EmptyMessage, error.Message);
    }

    [Fact]
    public void Compute_WhenPngHasZeroWidth_RefusesAsEmpty()
    {
        var error = Assert.Throws<UnreadableContentException>(() => _fingerprinter.Compute(HandMadeImages.Png(0, 100)));

        Assert.Equal(ImageFingerprinter.EmptyMessage, error.Message);
    }

    [Fact]
    public void Compute_WhenImageIsASmallHandMadeGif_GivesAHash()
    {
        var hash = _fingerprinter.Compute(HandMadeImages.Gif(2, 2));

        Assert.Equal(0UL, hash); // a flat picture has no frequencies above the median
    }

    [Fact]
    public void Compute_WhenImageIsTwoToneSplit_SetsTheBitsOfItsMainFrequencies()
    {
        using var image = new SixLabors.ImageSharp.Image<L8>(64, 64);
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 64; x++)
                image[x, y] = new L8(x < 32 ? (byte)255 : (byte)0);

        var hash = _fingerprinter.Compute(ImageVariant.Png(image));

        Assert.Equal(1UL, hash & 1); // bit 0 is the lowest horizontal frequency (u = 1, v = 0), positive for bright-left
        Assert.Equal(0UL, hash >> 63);
    }
}
