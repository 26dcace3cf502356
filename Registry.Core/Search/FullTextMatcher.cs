using Microsoft.Data.Sqlite;

namespace Registry.Core.Search;

/// <summary>
/// Finds the works that contain every term of a query, reading as little as it can. Each index first gives up to
/// <see cref="WorkSearch.CountLimit"/> + 1 of its matches; when one has no more than that, those are all the
/// candidates, and the other terms are looked for in their text. When every index has more, the indexes are read
/// over ranges of ids, newest first, and only the ids all of them hold are kept (and of those, the ones whose text holds
/// the terms no index holds), until there are enough to count past the limit and fill the page. With no index term at
/// all, the newest works are read. Bounds keep a query whose terms are common apart but rare together from reading the
/// whole catalogue: such a query looks among the newest works only, and the search page says "more than".
/// </summary>
internal sealed class FullTextMatcher(SqliteConnection connection, SearchTerms terms)
{
    /// <summary>With no indexed term, the terms are looked for in this many of the newest works, read in order (about 5 ms).</summary>
    public const int NewestWorksRead = 10_000;

    /// <summary>At most this many of the indexes' candidates are read to look for terms no index holds (read by id, about 4 ms).</summary>
    public const int CandidatesRead = 3_000;

    /// <summary>
    /// When every index matches more than <see cref="WorkSearch.CountLimit"/> works, the ones all of them hold are
    /// looked for among this many of the newest works only (up to 5 ms at 1,000,000): a trigram phrase costs in
    /// proportion to the range of ids it is read over, not to its matches, as its common trigrams are read too.
    /// </summary>
    public const int IntersectionRange = 50_000;

    private const int MinimumRange = 1_000;
    private const int Counted = WorkSearch.CountLimit + 1;

    /// <param name="depth">How many of the newest matches the page needs when there are too many to rank.</param>
    public async Task<FullTextMatches> FindAsync(int depth, CancellationToken cancellationToken)
    {
        var wanted = Math.Max(Counted, depth);
        var sources = new List<WorkIdSource>();
        if (terms.Trigram.Count > 0) sources.Add(WorkIdSource.Trigram(terms.Trigram));
        if (terms.Cjk.Count > 0) sources.Add(WorkIdSource.Cjk(terms.Cjk));
        if (sources.Count == 0)
        {
            var (matching, readAll) = await new LikeFilter(terms.Unindexed).NewestAsync(connection, NewestWorksRead, cancellationToken);
            return Found(matching, readAll);
        }

        var firsts = new List<List<long>>();
        foreach (var source in sources)
            firsts.Add(await source.FirstAsync(connection, Counted, cancellationToken));
        var fewest = Enumerable.Range(0, sources.Count).MinBy(i => firsts[i].Count);
        if (firsts[fewest].Count < Counted)
        {
            var lookFor = terms.All.Except(sources[fewest].Terms).ToList();
            var texts = (await WorkText.LoadAsync(connection, firsts[fewest], cancellationToken)).Where(t => lookFor.All(t.Contains)).ToList();
            return Found(texts.Select(t => t.WorkId).ToList(), exhausted: true) with { Texts = texts };
        }
        if (sources.Count == 1 && terms.Unindexed.Count == 0)
            return new(await sources[0].NewestAsync(connection, depth, cancellationToken), Counted, Complete: false, null);
        return await IntersectAsync(sources, firsts, wanted, cancellationToken);
    }

    /// <summary>
    /// Reads the sources over one range of ids at a time, newest range first, and keeps the ids all of them hold (and
    /// whose text holds the unindexed terms). The first range is as long as the sources' densities say it takes to find
    /// what is wanted if the terms occur independently (where its first CountLimit + 1 matches end gives a source's
    /// density); each next one twice as long; none past <see cref="IntersectionRange"/> or, by the same densities,
    /// <see cref="CandidatesRead"/>.
    /// </summary>
    private async Task<FullTextMatches> IntersectAsync(List<WorkIdSource> sources, List<List<long>> firsts, int wanted, CancellationToken cancellationToken)
    {
        var densities = firsts.Select(f => (double)f.Count / (f[^1] - f[0] + 1)).ToList();
        var matchesPerId = densities.Aggregate(1.0, (product, d) => product * d);
        var filter = terms.Unindexed.Count > 0 ? new LikeFilter(terms.Unindexed) : null;
        // Nothing older than the oldest match of any one source is in all of them.
        var lowest = firsts.Max(f => f[0]);
        var high = await NewestWorkIdAsync(cancellationToken);
        var span = wanted / matchesPerId * 1.25;
        var found = new List<long>();
        var (rangeRead, textsRead) = (0L, 0);
        while (high >= lowest && found.Count < wanted && rangeRead < IntersectionRange && textsRead < CandidatesRead)
        {
            span = Math.Min(span, IntersectionRange - rangeRead);
            if (filter is not null) span = Math.Min(span, (CandidatesRead - textsRead) / matchesPerId);
            span = Math.Max(MinimumRange, span);
            var low = Math.Max(lowest, high - (long)span + 1);
            var common = await WorkIdSource.CommonAsync(connection, sources, low, high, cancellationToken);
            rangeRead += high - low + 1;
            if (filter is null) found.AddRange(common);
            else
            {
                textsRead += common.Count;
                found.AddRange(await filter.MatchingAsync(connection, common, cancellationToken));
            }
            (high, span) = (low - 1, span * 2);
        }
        return Found(found, exhausted: high < lowest);
    }

    private async Task<long> NewestWorkIdAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(WorkId), 0) FROM Works";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static FullTextMatches Found(List<long> ids, bool exhausted)
    {
        ids.Sort((a, b) => b.CompareTo(a));
        return new(ids, ids.Count, Complete: exhausted && ids.Count <= WorkSearch.CountLimit, null);
    }
}
