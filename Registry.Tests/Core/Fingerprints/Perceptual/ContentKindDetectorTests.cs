using System.Text;
using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class ContentKindDetectorTests
{
    [Fact]
    public void Detect_WhenPng_IsPng()
    {
        using var image = TestImages.Create(0);

        Assert.Equal(DetectedKind.Png, ContentKindDetector.Detect(ImageVariant.Png(image)));
    }

    [Fact]
    public void Detect_WhenJpeg_IsJpeg()
    {
        using var image = TestImages.Create(0);

        Assert.Equal(DetectedKind.Jpeg, ContentKindDetector.Detect(ImageVariant.Jpeg(image, 80)));
    }

    [Theory]
    [InlineData("gif", DetectedKind.Gif)]
    [InlineData("webp", DetectedKind.WebP)]
    [InlineData("bmp", DetectedKind.Bmp)]
    public void Detect_WhenImageEncodedByImageSharp_IsThatKind(string format, DetectedKind expected)
    {
        using var image = TestImages.Create(1);
        using var stream = new MemoryStream();
        switch (format)
        {
            case "gif": SixLabors.ImageSharp.ImageExtensions.SaveAsGif(image, stream); break;
            case "webp": SixLabors.ImageSharp.ImageExtensions.SaveAsWebp(image, stream); break;
            default: SixLabors.ImageSharp.ImageExtensions.SaveAsBmp(image, stream); break;
        }

        Assert.Equal(expected, ContentKindDetector.Detect(stream.ToArray()));
    }

    [Theory]
    [InlineData("Plain words.")]
    [InlineData("# A heading\n\n*Markdown* with a [link](https://example.org).")]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>")]
    [InlineData("版权登记：一段中文。")]
    [InlineData("BM is how this sentence starts, not a bitmap.")]
    public void Detect_WhenUtf8Text_IsText(string text)
    {
        Assert.Equal(DetectedKind.Text, ContentKindDetector.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Detect_WhenTextHasAByteOrderMark_IsText(string encoding)
    {
        var bytes = TextBytes.Encode("Ein Text mit Umlauten: äöü, 和中文。", encoding);

        Assert.Equal(DetectedKind.Text, ContentKindDetector.Detect(bytes));
    }

    [Fact]
    public void Detect_WhenSampleEndsInsideACharacter_IsStillText()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('汉', 2000)); // 6,000 bytes; 4,096 cuts a character in two

        Assert.Equal(DetectedKind.Text, ContentKindDetector.Detect(bytes));
    }

    [Fact]
    public void Detect_WhenLatin1Text_IsOther()
    {
        Assert.Equal(DetectedKind.Other, ContentKindDetector.Detect(Encoding.Latin1.GetBytes("Un café très noté.")));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 })] // a ZIP file
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x01, 0x02 })] // "%PDF-" followed by control bytes
    [InlineData(new byte[0])]
    public void Detect_WhenBinaryOrEmpty_IsOther(byte[] bytes)
    {
        Assert.Equal(DetectedKind.Other, ContentKindDetector.Detect(bytes));
    }
}
