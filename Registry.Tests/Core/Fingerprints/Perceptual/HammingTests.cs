using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class HammingTests
{
    [Theory]
    [InlineData(0UL, 0UL, 0)]
    [InlineData(0UL, ulong.MaxValue, 64)]
    [InlineData(0b1011UL, 0b0110UL, 3)]
    public void Distance_WhenGivenTwoHashes_CountsTheDifferingBits(ulong a, ulong b, int expected)
    {
        Assert.Equal(expected, Hamming.Distance(a, b));
    }

    [Fact]
    public void For_WhenKindHasNoPerceptualHash_IsNull()
    {
        Assert.Equal(PerceptualThresholds.Image, PerceptualThresholds.For(DetectedKind.WebP));
        Assert.Equal(PerceptualThresholds.Text, PerceptualThresholds.For(DetectedKind.Text));
        Assert.Null(PerceptualThresholds.For(DetectedKind.Other));
    }
}
