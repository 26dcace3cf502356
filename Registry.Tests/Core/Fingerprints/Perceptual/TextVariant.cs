using System.Text;
using System.Text.RegularExpressions;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>A way of deriving an altered copy of a paragraph; each uses its own seeded random source.</summary>
internal sealed record TextVariant(string Name, Func<string, Random, string> Derive)
{
    public static IReadOnlyList<TextVariant> All { get; } =
    [
        new("reflowed whitespace", Reflow),
        new("changed punctuation", ChangePunctuation),
        new("changed case", ChangeCase),
        new("5 % of words replaced", ReplaceFivePercent),
        new("all four at once", (text, random) => ReplaceFivePercent(ChangeCase(ChangePunctuation(Reflow(text, random), random), random), random)),
    ];

    // Spaces become runs of spaces, tabs and line breaks; Chinese gets line breaks and spaces between characters.
    private static string Reflow(string text, Random random)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            if (c == ' ')
                result.Append(random.Next(4) switch { 0 => "\n", 1 => "  ", 2 => " \t", _ => " " });
            else
            {
                result.Append(c);
                if (IsChinese(c) && random.Next(12) == 0)
                    result.Append(random.Next(2) == 0 ? "\r\n" : " ");
            }
        }
        return "\n  " + result + "\n\n";
    }

    private static string ChangePunctuation(string text, Random random)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '.' => random.Next(2) == 0 ? "!" : ";",
                ',' => random.Next(2) == 0 ? "" : " —",
                '?' => "?!",
                '。' => random.Next(2) == 0 ? "！" : ".",
                '，' => random.Next(2) == 0 ? "、" : ",",
                '？' => "?",
                ' ' when random.Next(10) == 0 => ", ",
                _ => c.ToString(),
            });
        }
        return "“" + result + "”";
    }

    private static string ChangeCase(string text, Random random) =>
        Regex.Replace(text, @"\p{L}+", m => random.Next(3) switch
        {
            0 => m.Value.ToUpperInvariant(),
            1 => char.ToUpperInvariant(m.Value[0]) + m.Value[1..],
            _ => m.Value.ToLowerInvariant(),
        });

    // For English a word is a run of Latin letters; for Chinese every character is one.
    private static string ReplaceFivePercent(string text, Random random)
    {
        var chinese = text.Any(IsChinese);
        var words = chinese
            ? Regex.Matches(text, @"\p{IsCJKUnifiedIdeographs}").ToList()
            : Regex.Matches(text, @"[A-Za-z]+").ToList();
        var count = Math.Max(1, (int)Math.Round(words.Count * 0.05));
        var chosen = words.OrderBy(_ => random.Next()).Take(count).OrderByDescending(m => m.Index);
        var result = new StringBuilder(text);
        foreach (var word in chosen)
        {
            string replacement;
            do
            {
                replacement = chinese
                    ? TestParagraphs.Characters[random.Next(TestParagraphs.Characters.Length)].ToString()
                    : TestParagraphs.EnglishWords[random.Next(TestParagraphs.EnglishWords.Length)];
            }
            while (string.Equals(replacement, word.Value, StringComparison.OrdinalIgnoreCase));
            result.Remove(word.Index, word.Length).Insert(word.Index, replacement);
        }
        return result.ToString();
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
