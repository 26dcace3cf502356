using System.Text;

namespace Registry.Core.Search;

/// <summary>
/// The words of a full-text query (split at white space, at most <see cref="MaxTerms"/>; a work must contain every
/// one), sorted by the index that finds them: three or more characters the trigram index (WorksFts); one or two CJK
/// characters the CJK index (<see cref="Persistence.CjkFullTextSchema"/>); anything else shorter than a trigram
/// ("a", "3d") no index, so those are looked for in the text of candidate works.
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<string> All, IReadOnlyList<string> Trigram, IReadOnlyList<string> Cjk, IReadOnlyList<string> Unindexed)
{
    public const int MaxTerms = 10;
    private const int TrigramLength = 3;

    public static SearchTerms Parse(string text)
    {
        var all = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();
        var trigram = all.Where(t => t.EnumerateRunes().Count() >= TrigramLength).ToList();
        var cjk = all.Except(trigram).Where(t => t.EnumerateRunes().All(IsCjk)).ToList();
        return new(all, trigram, cjk, all.Except(trigram).Except(cjk).ToList());
    }

    /// <summary>The characters the CJK index holds: kana, CJK ideographs and extension A (U+3040–U+9FFF), Hangul syllables (U+AC00–U+D7A3).</summary>
    public static bool IsCjk(Rune rune) => rune.Value is >= 0x3040 and <= 0x9FFF or >= 0xAC00 and <= 0xD7A3;
}
