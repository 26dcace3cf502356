using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Search;

/// <summary>
/// Full-text search (SQLite FTS5, trigram) over titles, descriptions and tags, and exact lookups by hash, CID, id or address.
/// Counting and ranking cost time in proportion to the matches (at 1,000,000 works a common word matches 450,000 of
/// them: 0.1 s to count, 0.5 s to rank by bm25), so matches are counted up to <see cref="CountLimit"/>; up to that
/// many they are ranked by relevance, beyond it listed newest first, which FTS5 streams without visiting them all.
/// </summary>
public sealed class WorkSearch(IDbContextFactory<RegistryDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    /// <summary>Matches are counted up to this many; a page of a larger result says so (<see cref="SearchPage.TotalIsCapped"/>).</summary>
    public const int CountLimit = 1000;
    private const int TrigramLength = 3;

    public async Task<SearchPage> SearchAsync(string? input, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(input);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        if (query.IsMalformed) return new(query, [], 0, page, pageSize);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (query.Kind == SearchQueryKind.Text && Terms(query.Text) is { Count: > 0 } terms && terms.All(t => t.Length >= TrigramLength))
            return await FullTextAsync(db, query, terms, page, pageSize, cancellationToken);

        var works = Filter(db.Works.AsNoTracking(), query);
        var counted = await works.Take(CountLimit + 1).CountAsync(cancellationToken);
        var items = await works.OrderByDescending(w => w.WorkId).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(query, items, Math.Min(counted, CountLimit), page, pageSize, counted > CountLimit);
    }

    private static IQueryable<Work> Filter(IQueryable<Work> works, SearchQuery query) => query.Kind switch
    {
        SearchQueryKind.Sha256 => works.Where(w => w.ContentHash == query.Text),
        SearchQueryKind.Cid => works.Where(w => w.Cid == query.Text),
        SearchQueryKind.WorkId => works.Where(w => w.WorkId == long.Parse(query.Text)),
        SearchQueryKind.Address => works.Where(w => w.Owner == query.Text || w.Creator == query.Text),
        // Terms shorter than a trigram cannot use the FTS index (two-character Chinese words, say): substring match.
        SearchQueryKind.Text => Terms(query.Text).Aggregate(works, (q, term) => q.Where(w =>
            EF.Functions.Like(w.Title, Like(term), "\\") || EF.Functions.Like(w.Description, Like(term), "\\") || EF.Functions.Like(w.Tags, Like(term), "\\"))),
        _ => works,
    };

    private static async Task<SearchPage> FullTextAsync(RegistryDbContext db, SearchQuery query, IReadOnlyList<string> terms, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Each term quoted, so that FTS5 operators typed by a user are plain text.
        var match = string.Join(" ", terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
        var counted = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*) AS Value FROM (SELECT 1 FROM WorksFts WHERE WorksFts MATCH {match} LIMIT {CountLimit + 1})").SingleAsync(cancellationToken);
        var offset = (page - 1) * pageSize;
        // Only the page's rows are joined with Works; joining before sorting sorted whole rows, twice the time.
        var works = counted > CountLimit
            ? db.Works.FromSql($"""
                SELECT w.* FROM (SELECT rowid FROM WorksFts WHERE WorksFts MATCH {match} ORDER BY rowid DESC LIMIT {pageSize} OFFSET {offset}) f
                JOIN Works w ON w.WorkId = f.rowid
                ORDER BY w.WorkId DESC
                """)
            : db.Works.FromSql($"""
                SELECT w.* FROM (
                  SELECT rowid, bm25(WorksFts, 10.0, 1.0, 5.0) AS Score FROM WorksFts WHERE WorksFts MATCH {match}
                  ORDER BY Score, rowid DESC LIMIT {pageSize} OFFSET {offset}) f
                JOIN Works w ON w.WorkId = f.rowid
                ORDER BY f.Score, w.WorkId DESC
                """);
        var items = await works.AsNoTracking().ToListAsync(cancellationToken);
        return new(query, items, Math.Min(counted, CountLimit), page, pageSize, counted > CountLimit);
    }

    private static List<string> Terms(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10).ToList();

    private static string Like(string term) =>
        "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
