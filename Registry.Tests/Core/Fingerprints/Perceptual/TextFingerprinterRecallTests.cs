using Registry.Core.Fingerprints.Perceptual;
using Xunit.Abstractions;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class TextFingerprinterRecallTests(TextRecallFixture fixture, ITestOutputHelper output) : IClassFixture<TextRecallFixture>
{
    public static TheoryData<string> Variants => new(TextVariant.All.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(Variants))]
    public void Compute_WhenTextIsAnAlteredCopy_IsWithinTheDefaultThreshold(string variant)
    {
        var distances = fixture.Originals.Select((original, i) => Hamming.Distance(original, fixture.Copies[variant][i])).ToList();
        var english = distances.Take(TestParagraphs.EnglishCount).ToList();
        var chinese = distances.Skip(TestParagraphs.EnglishCount).ToList();

        output.WriteLine($"{variant}: recall English {Recall(english):P1}, Chinese {Recall(chinese):P1}; "
            + $"distance mean {distances.Average():0.0}, max {distances.Max()}.");
        Assert.True(Recall(english) >= 0.95, $"English recall of '{variant}' is {Recall(english):P1}.");
        Assert.True(Recall(chinese) >= 0.95, $"Chinese recall of '{variant}' is {Recall(chinese):P1}.");
    }

    [Fact]
    public void Compute_WhenParagraphsAreUnrelated_AreRarelyWithinTheDefaultThreshold()
    {
        var distances = new List<int>();
        for (var i = 0; i < fixture.Originals.Count; i++)
            for (var j = i + 1; j < fixture.Originals.Count; j++)
                distances.Add(Hamming.Distance(fixture.Originals[i], fixture.Originals[j]));

        var falsePositives = distances.Count(d => d <= PerceptualThresholds.Text);
        output.WriteLine($"Unrelated pairs: {distances.Count}; within {PerceptualThresholds.Text}: {falsePositives} "
            + $"({(double)falsePositives / distances.Count:P2}); smallest distance {distances.Min()}, mean {distances.Average():0.0}.");
        Assert.True(distances.Count >= 1_000);
        Assert.True(falsePositives <= distances.Count / 100, $"{falsePositives} of {distances.Count} unrelated pairs are within the threshold.");
    }

    private static double Recall(IReadOnlyCollection<int> distances) =>
        distances.Count(d => d <= PerceptualThresholds.Text) / (double)distances.Count;
}
