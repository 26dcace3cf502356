using Registry.Core.Fingerprints.Perceptual;
using Xunit.Abstractions;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class ImageFingerprinterRecallTests(ImageRecallFixture fixture, ITestOutputHelper output) : IClassFixture<ImageRecallFixture>
{
    public static TheoryData<string> NonFlipVariants =>
        new(ImageVariant.All.Select(v => v.Name).Where(n => n != ImageVariant.HorizontalFlip && !ImageVariant.IsBorderCrop(n)));

    [Theory]
    [MemberData(nameof(NonFlipVariants))]
    public void Compute_WhenImageIsAnAlteredCopy_IsWithinTheDefaultThreshold(string variant)
    {
        var recall = Recall(variant);

        Assert.True(recall >= 0.95, $"Recall of '{variant}' copies is {recall:P1}, below 95 %.");
    }

    // A DCT hash is sensitive to cropping: the content is rescaled by the crop, which shifts the phase of the
    // higher of its 8 frequencies. These floors are the measured recall, below the 95 % goal (see the report).
    [Theory]
    [InlineData(ImageVariant.BorderCrop5Percent, 0.85)]
    [InlineData(ImageVariant.BorderCrop10Percent, 0.55)]
    public void Compute_WhenBorderIsCropped_IsMostlyWithinTheDefaultThreshold(string variant, double measuredFloor)
    {
        var recall = Recall(variant);

        Assert.True(recall >= measuredFloor, $"Recall of '{variant}' copies is {recall:P1}, below the {measuredFloor:P0} measured before.");
    }

    [Fact]
    public void Compute_WhenImageIsMirrored_TreatsItAsADifferentImage()
    {
        var recall = Recall(ImageVariant.HorizontalFlip);

        Assert.True(recall < 0.5, $"Recall of mirrored copies is {recall:P1}; the hash is documented as not mirror-invariant.");
    }

    [Fact]
    public void Compute_WhenImagesAreUnrelated_AreRarelyWithinTheDefaultThreshold()
    {
        var distances = new List<int>();
        for (var i = 0; i < fixture.Originals.Count; i++)
            for (var j = i + 1; j < fixture.Originals.Count; j++)
                distances.Add(Hamming.Distance(fixture.Originals[i], fixture.Originals[j]));

        var falsePositives = distances.Count(d => d <= PerceptualThresholds.Image);
        output.WriteLine($"Unrelated pairs: {distances.Count}; within {PerceptualThresholds.Image}: {falsePositives} "
            + $"({(double)falsePositives / distances.Count:P2}); smallest distance {distances.Min()}, mean {distances.Average():0.0}.");
        Assert.True(distances.Count >= 1_000);
        Assert.True(falsePositives <= distances.Count / 100, $"{falsePositives} of {distances.Count} unrelated pairs are within the threshold.");
    }

    private double Recall(string variant)
    {
        var distances = fixture.Originals.Select((original, i) => Hamming.Distance(original, fixture.Copies[variant][i])).ToList();
        var recall = distances.Count(d => d <= PerceptualThresholds.Image) / (double)distances.Count;
        output.WriteLine($"{variant}: recall {recall:P1} over {distances.Count} images; distance mean {distances.Average():0.0}, max {distances.Max()}.");
        return recall;
    }
}
