using Microsoft.EntityFrameworkCore;

namespace Registry.Core.Persistence;

/// <summary>
/// A second full-text index, for the words the trigram index cannot find: one or two CJK characters (音乐, 夜, 음악).
/// Every CJK character of a work's title, description and tags is indexed on its own and with the character after it
/// (if that is CJK too), as space-separated tokens in a contentless FTS5 table (<c>detail=none</c>: only which works
/// contain a token, about 30 MB for 1,000,000 works). The tokens are made in SQL by the view <c>WorksCjkTerms</c>, so
/// triggers keep the index in step with <c>Works</c> whichever code writes it. CJK here means U+3040–U+9FFF (kana,
/// CJK ideographs and extension A) and U+AC00–U+D7A3 (Hangul syllables); <see cref="Search.SearchTerms"/> uses the
/// same ranges. A database made before this index existed gets it filled from its works (about 25 s per 1,000,000).
/// </summary>
internal static class CjkFullTextSchema
{
    public const string Table = "WorksCjkFts";

    // The text is read as bytes (substr of a BLOB is indexed by byte; of TEXT it counts characters from the start,
    // which made long descriptions quadratic). A character in the ranges is 3 bytes of UTF-8, and UTF-8 sorts as code
    // points do, so a range of characters is a range of 3-byte blobs. json_each over "[0,0,…,0]" numbers the byte
    // positions: triggers may not use WITH, so a recursive CTE is not available.
    private const string CjkAt = "(substr(f.Text, p.key + {0}, 3) BETWEEN x'E38180' AND x'E9BFBF' OR substr(f.Text, p.key + {0}, 3) BETWEEN x'EAB080' AND x'ED9EA3')";

    private static readonly string TermsView = $"""
        CREATE VIEW IF NOT EXISTS WorksCjkTerms AS
        SELECT w.WorkId, (
          SELECT group_concat(CAST(substr(f.Text, p.key + 1, 3) AS TEXT)
              || iif({string.Format(CjkAt, 4)}, ' ' || CAST(substr(f.Text, p.key + 1, 6) AS TEXT), ''), ' ')
          FROM (SELECT CAST(w.Title AS BLOB) AS Text UNION ALL SELECT CAST(w.Description AS BLOB) UNION ALL SELECT CAST(w.Tags AS BLOB)) AS f
          CROSS JOIN json_each('[' || replace(hex(zeroblob(length(f.Text))), '00', '0,') || '0]') AS p
          WHERE substr(f.Text, p.key + 1, 1) >= x'E3' AND {string.Format(CjkAt, 1)}
        ) AS Terms
        FROM Works w
        """;

    /// <summary>
    /// Puts a new work's CJK terms in the index. <see cref="InsertForWorks"/> does the same for many works in one
    /// statement (the indexer runs it while it suspends this trigger for a bulk insert): change the two together.
    /// </summary>
    internal const string InsertTrigger = """
        CREATE TRIGGER IF NOT EXISTS WorksCjk_ai AFTER INSERT ON Works BEGIN
          INSERT INTO WorksCjkFts(rowid, Terms) SELECT WorkId, Terms FROM WorksCjkTerms WHERE WorkId = new.WorkId AND Terms IS NOT NULL;
        END
        """;

    /// <summary>What <see cref="InsertTrigger"/> does, for the works whose ids are in the JSON array <c>$ids</c>, in id order.</summary>
    internal const string InsertForWorks = """
        INSERT INTO WorksCjkFts(rowid, Terms)
        SELECT WorkId, Terms FROM WorksCjkTerms WHERE WorkId IN (SELECT value FROM json_each($ids)) AND Terms IS NOT NULL ORDER BY WorkId
        """;

    private static readonly string[] Triggers =
    [
        InsertTrigger,
        """
        CREATE TRIGGER IF NOT EXISTS WorksCjk_ad AFTER DELETE ON Works BEGIN
          DELETE FROM WorksCjkFts WHERE rowid = old.WorkId;
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS WorksCjk_au AFTER UPDATE OF Title, Description, Tags ON Works BEGIN
          DELETE FROM WorksCjkFts WHERE rowid = old.WorkId;
          INSERT INTO WorksCjkFts(rowid, Terms) SELECT WorkId, Terms FROM WorksCjkTerms WHERE WorkId = new.WorkId AND Terms IS NOT NULL;
        END
        """,
    ];

    /// <summary>Creates the index if it is missing and fills it from the works already there, in one transaction.</summary>
    public static async Task EnsureAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {Table}")
            .SingleAsync(cancellationToken) > 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(TermsView, cancellationToken);
        if (!exists)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE VIRTUAL TABLE WorksCjkFts USING fts5(Terms, content='', contentless_delete=1, detail=none, tokenize='ascii')", cancellationToken);
            // MATERIALIZED: otherwise the view's Terms is computed twice a row, once for the WHERE.
            await db.Database.ExecuteSqlRawAsync("""
                WITH t AS MATERIALIZED (SELECT WorkId, Terms FROM WorksCjkTerms)
                INSERT INTO WorksCjkFts(rowid, Terms) SELECT WorkId, Terms FROM t WHERE Terms IS NOT NULL
                """, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO WorksCjkFts(WorksCjkFts) VALUES ('optimize')", cancellationToken);
        }
        foreach (var trigger in Triggers)
            await db.Database.ExecuteSqlRawAsync(trigger, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
