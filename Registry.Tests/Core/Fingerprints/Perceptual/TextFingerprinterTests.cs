using System.Text;
using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class TextFingerprinterTests
{
    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Compute_WhenTextIsInAnyReadEncoding_GivesTheSameHashAsUtf8(string encoding)
    {
        var text = TestParagraphs.English(0) + " " + TestParagraphs.Chinese(0);

        Assert.Equal(TextFingerprinter.Compute(Encoding.UTF8.GetBytes(text)), TextFingerprinter.Compute(TextBytes.Encode(text, encoding)));
    }

    [Fact]
    public void Compute_WhenBytesAreLatin1_RefusesWithAReadableMessage()
    {
        var latin1 = Encoding.Latin1.GetBytes("Un café très noté, à l'œil nu.");

        var error = Assert.Throws<UnreadableContentException>(() => TextFingerprinter.Compute(latin1));

        Assert.Equal("The text is not valid UTF-8 or UTF-16.", error.Message);
    }

    [Fact]
    public void Compute_WhenOnlyTheStartIsGivenAndACharacterIsCut_IgnoresTheCutCharacter()
    {
        var bytes = Encoding.UTF8.GetBytes("一段中文" + "汉");

        Assert.Equal(TextFingerprinter.Compute("一段中文"), TextFingerprinter.Compute(bytes.AsSpan(0, bytes.Length - 1), truncated: true));
    }

    [Fact]
    public void Compute_WhenHtml_FingerprintsTheVisibleText()
    {
        var paragraph = TestParagraphs.English(3);
        var html = $"""
            <!DOCTYPE html><html><head><title>x</title><style>p {"{"} color: red {"}"}</style>
            <script>var hidden = "words that are not shown";</script></head>
            <body><!-- a comment --><p>{paragraph.Replace("the ", "<b>the</b> ").Replace("'", "&#39;")}</p></body></html>
            """;

        Assert.Equal(TextFingerprinter.Compute("x " + paragraph), TextFingerprinter.Compute(Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void Compute_WhenFullWidthAndCompatibilityForms_FoldsThemWithNfkc()
    {
        Assert.Equal(TextFingerprinter.Compute("Register 2024 ﬁle"), TextFingerprinter.Compute("ＲＥＧＩＳＴＥＲ　２０２４　file"));
    }

    [Fact]
    public void Compute_WhenTextHasNoWords_IsZero()
    {
        Assert.Equal(0UL, TextFingerprinter.Compute(" ... !!! \n"));
    }

    [Fact]
    public void Compute_WhenGivenAKnownText_GivesThePinnedValue()
    {
        // Pinned so that a change of hashing (which would orphan every stored fingerprint) cannot go unnoticed.
        Assert.Equal(TextFingerprinter.Compute("the quick brown fox"), TextFingerprinter.Compute("The  QUICK, brown fox!"));
        Assert.Equal(PinnedQuickBrownFox, TextFingerprinter.Compute("the quick brown fox"));
    }

    private const ulong PinnedQuickBrownFox = 12_067_548_218_346_441_114;
}
