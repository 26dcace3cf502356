using System.Net;
using System.Text.RegularExpressions;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Recognises HTML and takes the text a reader sees out of it. A text is HTML when, after leading whitespace, it
/// starts with <c>&lt;!doctype html</c> or <c>&lt;html</c>, or when its first 4,096 characters contain an
/// <c>&lt;html</c>, <c>&lt;head</c> or <c>&lt;body</c> tag (case-insensitive).
/// </summary>
public static partial class HtmlText
{
    private const int SniffLength = 4096;

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffLength)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return true;
        return StructuralTag().IsMatch(head);
    }

    /// <summary>Drops comments, scripts, styles and tags (each leaves a space, so words on either side stay apart) and decodes entities.</summary>
    public static string ExtractText(string html)
    {
        var withoutHidden = HiddenParts().Replace(html, " ");
        var withoutTags = Tag().Replace(withoutHidden, " ");
        return WebUtility.HtmlDecode(withoutTags);
    }

    [GeneratedRegex(@"<(html|head|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StructuralTag();

    // NonBacktracking keeps the time linear in the length of the text, whatever the markup.
    [GeneratedRegex(@"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenParts();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Tag();
}
