using Registry.Core.Previews;
using Registry.Tests.Core.Fingerprints.Perceptual;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Core.Previews;

public sealed class ThumbnailMakerTests
{
    private readonly ThumbnailMaker _maker = new();

    [Theory]
    [InlineData(1000, 500, 160, 80)]
    [InlineData(300, 900, 53, 160)]
    [InlineData(1000, 1000, 160, 160)]
    [InlineData(5000, 10, 160, 1)]
    public void TryCreate_WhenImageIsLarger_FitsTheLongestSideTo160AndKeepsTheAspect(int width, int height, int expectedWidth, int expectedHeight)
    {
        var thumbnail = _maker.TryCreate(SizedPictures.Png(width, height))!;

        using var decoded = Image.Load<Rgb24>(thumbnail.Jpeg);
        Assert.Equal((expectedWidth, expectedHeight), (decoded.Width, decoded.Height));
        Assert.Equal((expectedWidth, expectedHeight), (thumbnail.Width, thumbnail.Height));
        Assert.Equal("image/jpeg", Image.DetectFormat(thumbnail.Jpeg)!.DefaultMimeType);
    }

    [Fact]
    public void TryCreate_WhenImageIsSmallerThanTheThumbnail_KeepsItsSize()
    {
        var thumbnail = _maker.TryCreate(SizedPictures.Png(120, 45))!;

        Assert.Equal((120, 45), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public void TryCreate_WhenTheCameraWasTurned_ShowsThePictureUpright()
    {
        var sideways = SizedPictures.Jpeg(400, 200, orientation: 6);

        var thumbnail = _maker.TryCreate(sideways)!;

        using var decoded = Image.Load<Rgb24>(thumbnail.Jpeg);
        Assert.Equal((80, 160), (decoded.Width, decoded.Height));
        Assert.Null(decoded.Metadata.ExifProfile);
    }

    [Fact]
    public void TryCreate_WhenImageIsTransparent_PaintsItOnWhite()
    {
        using var clear = new Image<Rgba32>(300, 300, new Rgba32(0, 0, 0, 0));

        var thumbnail = _maker.TryCreate(SizedPictures.Png(clear))!;

        using var decoded = Image.Load<Rgb24>(thumbnail.Jpeg);
        var centre = decoded[80, 80];
        Assert.True(centre.R > 245 && centre.G > 245 && centre.B > 245, $"The transparent picture became {centre}.");
    }

    [Fact]
    public void TryCreate_WhenImageIsCorrupt_GivesNoThumbnailAndThrowsNothing()
    {
        var png = SizedPictures.Png(400, 300);
        for (var i = 33; i < png.Length - 12; i++)
            png[i] ^= 0x5A; // scramble everything after the header

        Assert.Null(_maker.TryCreate(png));
    }

    [Fact]
    public void TryCreate_WhenJpegIsTruncated_GivesNoThumbnail()
    {
        var jpeg = SizedPictures.Jpeg(400, 300);

        Assert.Null(_maker.TryCreate(jpeg[..(jpeg.Length / 2)]));
    }

    [Fact]
    public void TryCreate_WhenImageDeclaresTenGigapixels_GivesNoThumbnailWithoutDecoding()
    {
        var bomb = HandMadeImages.Png(100_000, 100_000);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var thumbnail = _maker.TryCreate(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Null(thumbnail);
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes were allocated to refuse the image.");
    }

    [Fact]
    public void TryCreate_WhenBytesAreNotAnImage_GivesNoThumbnail()
    {
        Assert.Null(_maker.TryCreate("Not a picture at all."u8.ToArray()));
    }

    [Theory]
    [InlineData(160, 160, 160, 160)]
    [InlineData(161, 80, 160, 80)]
    [InlineData(1, 100_000, 1, 160)]
    [InlineData(4000, 3000, 160, 120)]
    public void FitWithin_ScalesDownOnlyAndRounds(int width, int height, int expectedWidth, int expectedHeight)
    {
        Assert.Equal((expectedWidth, expectedHeight), ThumbnailMaker.FitWithin(width, height, 160));
    }
}
