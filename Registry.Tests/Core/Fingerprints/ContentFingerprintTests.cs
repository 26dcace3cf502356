using Registry.Core.Fingerprints;

namespace Registry.Tests.Core.Fingerprints;

public class ContentFingerprintTests
{
    [Fact]
    public void Equals_WhenSameContentFingerprintedTwice_IsTrue()
    {
        var first = ContentFingerprinter.Compute("hello world"u8);
        var second = ContentFingerprinter.Compute("hello world"u8);

        Assert.NotSame(first.Sha256, second.Sha256);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_WhenContentDiffers_IsFalse()
    {
        Assert.NotEqual(ContentFingerprinter.Compute("hello world"u8), ContentFingerprinter.Compute("hello world!"u8));
    }

    [Fact]
    public void Sha256Hex_IsLowerCaseHexOfTheDigest()
    {
        var fingerprint = ContentFingerprinter.Compute("hello world"u8);

        Assert.Equal("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", fingerprint.Sha256Hex);
    }
}
