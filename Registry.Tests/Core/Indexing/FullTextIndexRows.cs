using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// What the full-text indexes hold of the works, read from their shadow tables: one size record per document of the
/// trigram and of the CJK index, and the trigram index's totals (documents and tokens). Equal when the same works went in.
/// </summary>
internal static class FullTextIndexRows
{
    private static readonly string[] Queries =
    [
        "SELECT 'trigram ' || id || ' ' || hex(sz) AS Value FROM WorksFts_docsize ORDER BY id",
        "SELECT 'cjk ' || id || ' ' || hex(sz) AS Value FROM WorksCjkFts_docsize ORDER BY id",
        "SELECT 'trigram totals ' || hex(block) AS Value FROM WorksFts_data WHERE id = 1",
    ];

    public static async Task<IReadOnlyList<string>> ReadAsync(RegistryDbContext db)
    {
        var rows = new List<string>();
        foreach (var query in Queries)
            rows.AddRange(await db.Database.SqlQueryRaw<string>(query).ToListAsync());
        return rows;
    }
}
