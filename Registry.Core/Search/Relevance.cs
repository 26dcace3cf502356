namespace Registry.Core.Search;

/// <summary>
/// Orders the matches of a search when they are few enough to read them all (up to <see cref="WorkSearch.CountLimit"/>).
/// For each term, a hit in the title outweighs any hits in the tags and the description together, one in the tags
/// outweighs the description, and within a field a whole word (no letter or digit either side) counts double a hit
/// inside a word; the terms' scores add up, and equal scores list the newest first. bm25 in SQLite read the index's
/// statistics for every match, 30 ms for 500 matches at 1,000,000 works; this reads the three fields of each.
/// </summary>
internal static class Relevance
{
    // 9 > 2·3 + 2·1 and 3 > 2·1: a field's hit decides before the fields below it.
    private const int TitleWeight = 9;
    private const int TagsWeight = 3;
    private const int DescriptionWeight = 1;

    public static IEnumerable<long> Rank(IEnumerable<WorkText> works, IReadOnlyList<string> terms) =>
        works.Select(w => (w.WorkId, Score: Score(w, terms)))
            .OrderByDescending(w => w.Score).ThenByDescending(w => w.WorkId)
            .Select(w => w.WorkId);

    public static int Score(WorkText work, IReadOnlyList<string> terms) =>
        terms.Sum(term => Field(work.Title, term, TitleWeight) + Field(work.Tags, term, TagsWeight) + Field(work.Description, term, DescriptionWeight));

    private static int Field(string? text, string term, int weight)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var score = 0;
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (IsWholeWord(text, at, term.Length)) return 2 * weight;
            score = weight;
        }
        return score;
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));
}
