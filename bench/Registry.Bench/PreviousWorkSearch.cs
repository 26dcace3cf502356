using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Search;
using Registry.Core.Works;

namespace Registry.Bench;

/// <summary>
/// Full-text search as <see cref="WorkSearch"/> did it before its own ranking and the CJK index (bm25 over up to
/// 1,000 matches; terms shorter than a trigram by LIKE over every work), kept so that the catalogue bench measures
/// both on the same database in the same run. For text queries only (the exact lookups are gone).
/// </summary>
internal sealed class PreviousWorkSearch(IDbContextFactory<RegistryDbContext> dbFactory)
{
    private const int MaxPageSize = 100;
    private const int CountLimit = WorkSearch.CountLimit;
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

    // Terms shorter than a trigram cannot use the FTS index (two-character Chinese words, say): substring match.
    private static IQueryable<Work> Filter(IQueryable<Work> works, SearchQuery query) =>
        Terms(query.Text).Aggregate(works, (q, term) => q.Where(w =>
            EF.Functions.Like(w.Title, Like(term), "\\") || EF.Functions.Like(w.Description, Like(term), "\\") || EF.Functions.Like(w.Tags, Like(term), "\\")));

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
