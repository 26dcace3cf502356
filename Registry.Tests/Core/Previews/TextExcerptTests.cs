using System.Text;
using Registry.Core.Previews;

namespace Registry.Tests.Core.Previews;

public sealed class TextExcerptTests
{
    [Fact]
    public void From_FoldsEveryRunOfWhitespaceIntoOneSpace()
    {
        var excerpt = TextExcerpt.From(Utf8("  \r\n  The  quiet\tharbour\n\n\u00A0at\u3000dawn.\r\n  "), truncated: false);

        Assert.Equal("The quiet harbour at dawn.", excerpt);
    }

    [Fact]
    public void From_WhenTheTextIsLong_CutsAtAWordBefore240CharactersAndMarksTheCut()
    {
        var words = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"word{i}"));

        var excerpt = TextExcerpt.From(Utf8(words), truncated: false)!;

        Assert.EndsWith("…", excerpt);
        var shown = excerpt[..^1];
        Assert.InRange(shown.Length, TextExcerpt.MaxLength - 40, TextExcerpt.MaxLength);
        Assert.StartsWith(shown + " ", words);
    }

    [Fact]
    public void From_WhenChineseHasNoSpaces_CutsAt240Characters()
    {
        var text = string.Concat(Enumerable.Repeat("春江潮水连海平，海上明月共潮生。", 40));

        var excerpt = TextExcerpt.From(Utf8(text), truncated: false)!;

        Assert.Equal(text[..TextExcerpt.MaxLength] + "…", excerpt);
    }

    [Fact]
    public void From_WhenTheCutFallsInsideACharacterBeyondTheBmp_KeepsNoHalfOfIt()
    {
        var text = new string('字', TextExcerpt.MaxLength - 1) + string.Concat(Enumerable.Repeat("𠀀", 10));

        var excerpt = TextExcerpt.From(Utf8(text), truncated: false)!;

        Assert.Equal(new string('字', TextExcerpt.MaxLength - 1) + "…", excerpt);
    }

    [Fact]
    public void From_WhenShort_GivesItWhole()
    {
        Assert.Equal("A short poem.", TextExcerpt.From(Utf8("A short poem.\n"), truncated: false));
    }

    [Fact]
    public void From_Html_ShowsOnlyTheVisibleText()
    {
        const string html = """
            <!DOCTYPE html><html><head><style>p { color: red }</style>
            <script>var secret = "not shown";</script></head>
            <body><!-- a comment --><h1>Harbour</h1><p>Boats &amp; gulls<br>at dawn.</p></body></html>
            """;

        Assert.Equal("Harbour Boats & gulls at dawn.", TextExcerpt.From(Utf8(html), truncated: false));
    }

    [Fact]
    public void From_WhenHtmlIsCutInsideAScript_ShowsNoneOfTheScript()
    {
        const string html = "<html><body><p>Visible words.</p><script>var hidden = 1; function go() {";

        Assert.Equal("Visible words.", TextExcerpt.From(Utf8(html), truncated: true));
    }

    [Fact]
    public void From_WhenHtmlIsCutInsideATag_ShowsNoneOfTheTag()
    {
        const string html = "<html><body><p>Visible words.</p><a href=\"https://exam";

        Assert.Equal("Visible words.", TextExcerpt.From(Utf8(html), truncated: true));
    }

    [Fact]
    public void From_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("潮水 rising")).ToArray();

        Assert.Equal("潮水 rising", TextExcerpt.From(bytes, truncated: false));
    }

    [Fact]
    public void From_WhenNotUnicode_GivesNoExcerpt()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me");

        Assert.Null(TextExcerpt.From(latin1, truncated: false));
    }

    [Fact]
    public void From_WhenOnlyWhitespaceAndMarkup_GivesNoExcerpt()
    {
        Assert.Null(TextExcerpt.From(Utf8("<html><body>  <p> </p>\n</body></html>"), truncated: false));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
