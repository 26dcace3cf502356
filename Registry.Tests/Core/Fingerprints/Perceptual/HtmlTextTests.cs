using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("  <!doctype html><p>x</p>", true)]
    [InlineData("<HTML><p>x</p></HTML>", true)]
    [InlineData("Some text\n<body>\n<p>x</p>", true)]
    [InlineData("# Markdown with <em>inline</em> markup", false)]
    [InlineData("if a < b and b > c", false)]
    public void LooksLikeHtml_WhenGivenText_TellsHtmlApart(string text, bool expected)
    {
        Assert.Equal(expected, HtmlText.LooksLikeHtml(text));
    }

    [Fact]
    public void ExtractText_WhenScriptsStylesAndEntities_KeepsOnlyWhatIsShown()
    {
        var text = HtmlText.ExtractText("<style>.a{}</style><p>Fish&amp;chips</p><SCRIPT type=x>alert(1)</SCRIPT><p>caf&eacute;</p>");

        Assert.Equal("Fish&chips café", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
