using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Search;

/// <summary>
/// Full-text search over titles, descriptions and tags (SQLite FTS5: a trigram index for words of three or more
/// characters, a CJK index for words of one or two CJK characters), and exact lookups by hash, CID, id or address.
/// Counting and ranking cost time in proportion to the matches (at 1,000,000 works a common word matches 450,000 of
/// them), so matches are counted up to <see cref="CountLimit"/>; up to that many they are ranked by
/// <see cref="Relevance"/>, beyond it listed newest first, which FTS5 streams without visiting them all.
/// </summary>
public sealed class WorkSearch(IDbContextFactory<RegistryDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    /// <summary>Matches are counted up to this many; a page of a larger result says so (<see cref="SearchPage.TotalIsCapped"/>).</summary>
    public const int CountLimit = 1000;

    public async Task<SearchPage> SearchAsync(string? input, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(input);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        if (query.IsMalformed) return new(query, [], 0, page, pageSize);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (query.Kind == SearchQueryKind.Text)
            return await FullTextAsync(db, query, page, pageSize, cancellationToken);

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
        _ => works,
    };

    /// <summary>
    /// <see cref="FullTextMatcher"/> gives the ids of the matches; when it has them all (no more than
    /// <see cref="CountLimit"/>), their three fields are read and ranked, else the newest are listed. Only the page's
    /// rows are loaded whole.
    /// </summary>
    private static async Task<SearchPage> FullTextAsync(RegistryDbContext db, SearchQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(query.Text);
        var offset = (page - 1) * pageSize;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var matches = await new FullTextMatcher(connection, terms).FindAsync(offset + pageSize, cancellationToken);
        var ordered = matches.Complete
            ? Relevance.Rank(matches.Texts ?? await WorkText.LoadAsync(connection, matches.Ids.ToList(), cancellationToken), terms.All).ToList()
            : matches.Ids;
        var pageIds = ordered.Skip(offset).Take(pageSize).ToList();
        var works = await db.Works.AsNoTracking().Where(w => pageIds.Contains(w.WorkId)).ToListAsync(cancellationToken);
        var items = works.OrderBy(w => pageIds.IndexOf(w.WorkId)).ToList();
        return new(query, items, Math.Min(matches.Count, CountLimit), page, pageSize, TotalIsCapped: !matches.Complete);
    }
}
