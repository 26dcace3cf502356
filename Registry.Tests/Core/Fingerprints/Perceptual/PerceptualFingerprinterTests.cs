using System.Text;
using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class PerceptualFingerprinterTests : IDisposable
{
    private readonly PerceptualFingerprinter _fingerprinter = new();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registry-perceptual-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task ComputeAsync_WhenPngIsNamedTxt_DetectsAndHashesAnImage()
    {
        using var image = TestImages.Create(4);
        var png = ImageVariant.Png(image);
        var path = Path.Combine(_folder.FullName, "notes.txt");
        await File.WriteAllBytesAsync(path, png);

        await using var file = File.OpenRead(path);
        var fingerprint = await _fingerprinter.ComputeAsync(file);

        Assert.Equal((DetectedKind.Png, new ImageFingerprinter().Compute(png)), (fingerprint.Kind, fingerprint.Hash));
        Assert.Equal(new ImageFingerprinter().ComputeWithProbes(png), fingerprint.Probes);
    }

    [Fact]
    public async Task ComputeAsync_WhenTextIsNamedJpg_DetectsAndHashesText()
    {
        var text = TestParagraphs.Chinese(5);
        var path = Path.Combine(_folder.FullName, "photo.jpg");
        await File.WriteAllTextAsync(path, text);

        await using var file = File.OpenRead(path);
        var fingerprint = await _fingerprinter.ComputeAsync(file);

        Assert.Equal((DetectedKind.Text, TextFingerprinter.Compute(text)), (fingerprint.Kind, fingerprint.Hash));
        Assert.Equal([fingerprint.Hash!.Value], fingerprint.Probes);
    }

    [Fact]
    public async Task ComputeAsync_WhenOtherKind_HasNoHash()
    {
        var fingerprint = await _fingerprinter.ComputeAsync(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));

        Assert.Equal((DetectedKind.Other, null), (fingerprint.Kind, fingerprint.Hash));
        Assert.Empty(fingerprint.Probes);
    }

    [Fact]
    public async Task ComputeAsync_WhenTextTurnsToLatin1AfterTheHead_RefusesWithAReadableMessage()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', ContentKindDetector.HeadLength) + " ").Concat(Encoding.Latin1.GetBytes("café")).ToArray();

        var error = await Assert.ThrowsAsync<UnreadableContentException>(() => _fingerprinter.ComputeAsync(new MemoryStream(bytes)));

        Assert.Equal(TextDecoding.NotUnicodeMessage, error.Message);
    }

    [Fact]
    public async Task ComputeAsync_WhenTextIsLongerThanTheLimit_FingerprintsOnlyTheStart()
    {
        var start = TestParagraphs.English(6);
        var limited = new PerceptualFingerprinter(new PerceptualFingerprintOptions { MaxTextBytes = Encoding.UTF8.GetByteCount(start) });
        var bytes = Encoding.UTF8.GetBytes(start + " " + TestParagraphs.English(7));

        var fingerprint = await limited.ComputeAsync(new MemoryStream(bytes));

        Assert.Equal(TextFingerprinter.Compute(start), fingerprint.Hash);
    }

    [Fact]
    public async Task ComputeAsync_WhenImageFileIsLongerThanTheLimit_Refuses()
    {
        using var image = TestImages.Create(5);
        var limited = new PerceptualFingerprinter(new PerceptualFingerprintOptions { MaxImageBytes = 10_000 });

        var error = await Assert.ThrowsAsync<UnreadableContentException>(() => limited.ComputeAsync(new MemoryStream(ImageVariant.Png(image))));

        Assert.Equal(PerceptualFingerprinter.TooLongImageMessage(10_000), error.Message);
    }
}
