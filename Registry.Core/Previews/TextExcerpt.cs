using System.Text;
using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Core.Previews;

/// <summary>
/// The beginning of a text as a reader sees it: decoded as <see cref="TextDecoding"/> does, HTML reduced to its
/// visible text by <see cref="HtmlText"/>, every run of whitespace or control characters folded to one space, then
/// the first <see cref="MaxLength"/> characters — cut at the last space of the final 40 when there is one, so a
/// word is not split, and followed by "…" when the text goes on.
/// </summary>
public static class TextExcerpt
{
    public const int MaxLength = 240;

    /// <summary>How many leading bytes of a text are read for its excerpt.</summary>
    public const int MaxBytes = 64 << 10;

    public const string Ellipsis = "…";

    private const int WordBoundarySearch = 40;

    /// <param name="truncated">True when <paramref name="head"/> is only the beginning of the text (a character or
    /// markup cut at its end is then dropped).</param>
    /// <returns>Null when the bytes are not UTF-8 or UTF-16 text, or hold no visible text.</returns>
    public static string? From(ReadOnlySpan<byte> head, bool truncated)
    {
        string text;
        try
        {
            text = TextDecoding.Decode(head, truncated);
        }
        catch (UnreadableContentException)
        {
            return null;
        }
        if (HtmlText.LooksLikeHtml(text))
            text = HtmlText.ExtractText(truncated ? WithoutUnfinishedMarkup(text) : text);
        var (folded, more) = Fold(text);
        if (folded.Length == 0) return null;
        return more ? Shorten(folded) : folded;
    }

    /// <summary>Folds whitespace and control characters; stops at <see cref="MaxLength"/> characters and says whether visible text went on.</summary>
    private static (string Text, bool More) Fold(string text)
    {
        var folded = new StringBuilder(Math.Min(text.Length, MaxLength));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (folded.Length + (pendingSpace ? 1 : 0) >= MaxLength)
                return (folded.ToString(), true);
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(c);
        }
        return (folded.ToString(), false);
    }

    private static string Shorten(string folded)
    {
        var cut = folded.Length;
        if (char.IsHighSurrogate(folded[cut - 1])) cut--; // its other half did not fit: keep the character whole or not at all
        var space = folded.LastIndexOf(' ', cut - 1, Math.Min(cut, WordBoundarySearch));
        if (space > 0) cut = space;
        return folded[..cut] + Ellipsis;
    }

    /// <summary>
    /// A text cut short may end inside a script, a style, a comment or a tag, which <see cref="HtmlText"/> would
    /// then take for visible text: drop that unfinished part.
    /// </summary>
    private static string WithoutUnfinishedMarkup(string html)
    {
        foreach (var (open, close) in new[] { ("<script", "</script"), ("<style", "</style"), ("<!--", "-->") })
        {
            var start = html.LastIndexOf(open, StringComparison.OrdinalIgnoreCase);
            if (start >= 0 && html.IndexOf(close, start + open.Length, StringComparison.OrdinalIgnoreCase) < 0)
                html = html[..start];
        }
        var lastOpen = html.LastIndexOf('<');
        return lastOpen >= 0 && html.IndexOf('>', lastOpen) < 0 ? html[..lastOpen] : html;
    }
}
