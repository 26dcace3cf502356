using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;

namespace Registry.Core.Persistence;

/// <summary>
/// Creates the schema on first use, turns on WAL, and adds the FTS5 index over titles, descriptions and tags.
/// The trigram tokenizer matches any substring of three or more characters, so Chinese titles (no spaces
/// between words) are found as well as English ones; words of one or two CJK characters, which no trigram holds, are
/// in a second index (<see cref="CjkFullTextSchema"/>). The app's roles are always there.
/// </summary>
public static partial class DatabaseInitializer
{
    /// <summary>
    /// Puts a new work in the trigram index. <see cref="FullTextInsertForWorks"/> does the same for many works in one
    /// statement (the indexer runs it while it suspends this trigger for a bulk insert): change the two together.
    /// </summary>
    internal const string FullTextInsertTrigger = """
        CREATE TRIGGER IF NOT EXISTS Works_ai AFTER INSERT ON Works BEGIN
          INSERT INTO WorksFts(rowid, Title, Description, Tags) VALUES (new.WorkId, new.Title, new.Description, new.Tags);
        END
        """;

    /// <summary>What <see cref="FullTextInsertTrigger"/> does, for the works whose ids are in the JSON array <c>$ids</c>, in id order.</summary>
    internal const string FullTextInsertForWorks = """
        INSERT INTO WorksFts(rowid, Title, Description, Tags)
        SELECT WorkId, Title, Description, Tags FROM Works WHERE WorkId IN (SELECT value FROM json_each($ids)) ORDER BY WorkId
        """;

    private static readonly string[] FullTextSchema =
    [
        "CREATE VIRTUAL TABLE IF NOT EXISTS WorksFts USING fts5(Title, Description, Tags, content='Works', content_rowid='WorkId', tokenize='trigram')",
        FullTextInsertTrigger,
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
        if (!await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            await AddMissingTablesAsync(db, cancellationToken);
            await AddMissingColumnsAsync(db, cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        foreach (var statement in FullTextSchema)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        await CjkFullTextSchema.EnsureAsync(db, cancellationToken);
        await AddRolesAsync(db, cancellationToken);
    }

    /// <summary>
    /// A database made before some tables existed (the accounts came after the works) gets the missing tables and
    /// indexes; what is there is kept.
    /// </summary>
    private static async Task AddMissingTablesAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var script = CreateStatement().Replace(db.Database.GenerateCreateScript(), "$1 IF NOT EXISTS ");
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
    }

    /// <summary>
    /// Columns the model gained since the database was made are added when they may be null (as every column added
    /// to an existing entity must be); a missing required column is reported instead of guessed.
    /// </summary>
    private static async Task AddMissingColumnsAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // the table and column names come from our own model, never from input
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var existing = await db.Database.SqlQueryRaw<string>($"SELECT name AS Value FROM pragma_table_info('{table}')").ToListAsync(cancellationToken);
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, null);
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store);
                if (column is null || existing.Contains(column)) continue;
                if (!property.IsColumnNullable(store))
                    throw new InvalidOperationException($"The database lacks the required column {table}.{column}; it was made by an older version. Move it aside to start afresh.");
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"{table}\" ADD COLUMN \"{column}\" {property.GetColumnType()}", cancellationToken);
            }
        }
#pragma warning restore EF1002
    }

    private static async Task AddRolesAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in RegistryRoles.All.Except(existing))
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex(@"^(CREATE (?:UNIQUE )?(?:TABLE|INDEX)) ", RegexOptions.Multiline)]
    private static partial Regex CreateStatement();
}
