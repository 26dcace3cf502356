using Registry.Core.Fingerprints.Perceptual;
using Xunit.Abstractions;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class ImageFingerprinterRecallTests(ImageRecallFixture fixture, ITestOutputHelper output) : IClassFixture<ImageRecallFixture>
{
    public static TheoryData<string> NonFlipVariants =>
        new(ImageVariant.All.Select(v => v.Name).Where(n => n != ImageVariant.HorizontalFlip));

    [Theory]
    [MemberData(nameof(NonFlipVariants))]
    public void Compute_WhenImageIsAnAlteredCopy_IsWithinTheDefaultThreshold(string variant)
    {
        var recall = Recall(variant);

        Assert.True(recall >= 0.95, $"Recall of '{variant}' copies is {recall:P1}, below 95 %.");
    }

    [Theory]
    [InlineData(ImageVariant.BorderCrop5Percent)]
    [InlineData(ImageVariant.BorderCrop10Percent)]
    public void ComputeWithProbes_WhenTheCroppedCopyWasRegisteredFirst_FindsItFromTheOriginal(string variant)
    {
        var distances = fixture.Originals.Select((original, i) => ImageRecallFixture.LookupDistance(original, fixture.Copies[variant][i][0])).ToList();

        var recall = distances.Count(d => d <= PerceptualThresholds.Image) / (double)distances.Count;
        output.WriteLine($"original looked up against a registered '{variant}': recall {recall:P1}; distance mean {distances.Average():0.0}, max {distances.Max()}.");
        Assert.True(recall >= 0.95, $"Recall of originals against registered '{variant}' copies is {recall:P1}, below 95 %.");
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
                distances.Add(ImageRecallFixture.LookupDistance(fixture.Originals[i], fixture.Originals[j][0]));

        var falsePositives = distances.Count(d => d <= PerceptualThresholds.Image);
        output.WriteLine($"Unrelated pairs: {distances.Count}; within {PerceptualThresholds.Image}: {falsePositives} "
            + $"({(double)falsePositives / distances.Count:P2}); smallest distance {distances.Min()}, mean {distances.Average():0.0}.");
        Assert.True(distances.Count >= 1_000);
        Assert.True(falsePositives <= distances.Count / 100, $"{falsePositives} of {distances.Count} unrelated pairs are within the threshold.");
    }

    private double Recall(string variant)
    {
        var distances = fixture.Originals.Select((original, i) => ImageRecallFixture.LookupDistance(fixture.Copies[variant][i], original[0])).ToList();
        var recall = distances.Count(d => d <= PerceptualThresholds.Image) / (double)distances.Count;
        output.WriteLine($"{variant}: recall {recall:P1} over {distances.Count} images; distance mean {distances.Average():0.0}, max {distances.Max()}.");
        return recall;
    }
}
