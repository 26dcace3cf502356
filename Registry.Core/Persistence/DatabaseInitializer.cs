using Microsoft.EntityFrameworkCore;

namespace Registry.Core.Persistence;

/// <summary>
/// Creates the schema on first use, turns on WAL, and adds the FTS5 index over titles, descriptions and tags.
/// The trigram tokenizer matches any substring of three or more characters, so Chinese titles (no spaces
/// between words) are found as well as English ones.
/// </summary>
public static class DatabaseInitializer
{
    private static readonly string[] FullTextSchema =
    [
        "CREATE VIRTUAL TABLE IF NOT EXISTS WorksFts USING fts5(Title, Description, Tags, content='Works', content_rowid='WorkId', tokenize='trigram')",
        """
        CREATE TRIGGER IF NOT EXISTS Works_ai AFTER INSERT ON Works BEGIN
          INSERT INTO WorksFts(rowid, Title, Description, Tags) VALUES (new.WorkId, new.Title, new.Description, new.Tags);
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS Works_ad AFTER DELETE ON Works BEGIN
          INSERT INTO WorksFts(WorksFts, rowid, Title, Description, Tags) VALUES ('delete', old.WorkId, old.Title, old.Description, old.Tags);
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS Works_au AFTER UPDATE OF Title, Description, Tags ON Works BEGIN
          INSERT INTO WorksFts(WorksFts, rowid, Title, Description, Tags) VALUES ('delete', old.WorkId, old.Title, old.Description, old.Tags);
          INSERT INTO WorksFts(rowid, Title, Description, Tags) VALUES (new.WorkId, new.Title, new.Description, new.Tags);
        END
        """,
    ];

    public static async Task InitializeAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        foreach (var statement in FullTextSchema)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }
}
