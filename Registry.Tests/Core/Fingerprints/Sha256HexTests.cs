using Registry.Core.Fingerprints;

namespace Registry.Tests.Core.Fingerprints;

public class Sha256HexTests
{
    private const string HelloWorld = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

    [Fact]
    public void Format_Digest_IsLowerCaseHexWithoutPrefix()
    {
        var digest = System.Security.Cryptography.SHA256.HashData("hello world"u8);

        Assert.Equal(HelloWorld, Sha256Hex.Format(digest));
    }

    [Fact]
    public void Format_WhenNot32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => Sha256Hex.Format(new byte[31]));
    }

    [Theory]
    [InlineData(HelloWorld)]
    [InlineData("0x" + HelloWorld)]
    [InlineData("0X" + HelloWorld)]
    [InlineData("B94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9")]
    [InlineData("  0xB94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\n")]
    public void TryParse_WhenWellFormed_ReturnsTheDigest(string text)
    {
        Assert.True(Sha256Hex.TryParse(text, out var hash));
        Assert.Equal(HelloWorld, Sha256Hex.Format(hash));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0x")]
    [InlineData("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde")]    // 63 digits
    [InlineData("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde90")]  // 65 digits
    [InlineData("g94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")]   // not hex
    [InlineData("b94d27b9934d3e08a52e52d7da7dabfa c484efe37a5380ee9088f7ace2efcde")]   // inner space
    [InlineData("0x0x94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")]
    public void TryParse_WhenMalformed_ReturnsFalseAndEmptyHash(string? text)
    {
        Assert.False(Sha256Hex.TryParse(text, out var hash));
        Assert.Empty(hash);
    }

    [Fact]
    public void Format_OfParsed_RoundTrips()
    {
        Assert.True(Sha256Hex.TryParse(HelloWorld, out var hash));

        Assert.Equal(HelloWorld, Sha256Hex.Format(hash));
        Assert.Equal(32, hash.Length);
    }
}
