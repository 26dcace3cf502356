using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>Fingerprints the generated paragraphs and every altered copy once for all the text recall tests.</summary>
public sealed class TextRecallFixture
{
    public TextRecallFixture()
    {
        var paragraphs = Enumerable.Range(0, TestParagraphs.EnglishCount).Select(TestParagraphs.English)
            .Concat(Enumerable.Range(0, TestParagraphs.ChineseCount).Select(TestParagraphs.Chinese))
            .ToList();
        Originals = paragraphs.Select(TextFingerprinter.Compute).ToList();
        Copies = TextVariant.All.ToDictionary(
            v => v.Name,
            v => paragraphs.Select((p, i) => TextFingerprinter.Compute(v.Derive(p, new Random(15_485_863 + i)))).ToArray());
    }

    /// <summary>English paragraphs first, then Chinese.</summary>
    public IReadOnlyList<ulong> Originals { get; }

    public IReadOnlyDictionary<string, ulong[]> Copies { get; }
}
