using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Registry.Core.Disputes;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Core.Notifications;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// Every table the indexer writes, row by row, as it is stored: for telling whether two read models built from the same
/// chain are the same. Surrogate ids (numbered by insertion order) and the columns that say when or how a row was
/// written rather than what the chain holds are left out: the checkpoint's UpdatedAt, its count of logs read (which
/// includes logs of orphaned blocks) and its record of the last reorganisation.
/// </summary>
public sealed class ReadModelSnapshot
{
    private static readonly Type[] IndexedEntities =
        [typeof(Work), typeof(WorkEvent), typeof(Offer), typeof(Licence), typeof(RoyaltyPayment), typeof(Withdrawal), typeof(Dispute), typeof(Notification), typeof(IndexerCheckpoint)];

    private static readonly HashSet<string> WrittenNotMirrored =
        [nameof(IndexerCheckpoint.UpdatedAt), nameof(IndexerCheckpoint.EventsIndexed), nameof(IndexerCheckpoint.LastReorgDepth), nameof(IndexerCheckpoint.LastReorgAt)];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _tables;

    private ReadModelSnapshot(IReadOnlyDictionary<string, IReadOnlyList<string>> tables) => _tables = tables;

    public static async Task<ReadModelSnapshot> CaptureAsync(RegistryDbContext db)
    {
        var tables = new Dictionary<string, IReadOnlyList<string>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var type in IndexedEntities)
            {
                var entity = db.Model.FindEntityType(type)!;
                var table = entity.GetTableName()!;
                var columns = MirroredColumns(entity, table);
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
                var rows = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    rows.Add(string.Join(" | ", columns.Select((c, i) => $"{c}={Format(reader.GetValue(i))}")));
                rows.Sort(StringComparer.Ordinal);
                tables[table] = rows;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new ReadModelSnapshot(tables);
    }

    /// <summary>The snapshot of the SQLite read model in <paramref name="databaseFile"/>.</summary>
    public static async Task<ReadModelSnapshot> CaptureAsync(string databaseFile)
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite($"Data Source={databaseFile};Pooling=False").Options;
        await using var db = new RegistryDbContext(options);
        return await CaptureAsync(db);
    }

    public int Rows(string table) => _tables[table].Count;

    public int TotalRows => _tables.Values.Sum(t => t.Count);

    /// <summary>Fails naming, for each table that differs, the rows only one side has.</summary>
    public void AssertSameAs(ReadModelSnapshot expected)
    {
        var report = new StringBuilder();
        foreach (var (table, rows) in expected._tables)
        {
            var actual = _tables[table];
            if (actual.SequenceEqual(rows)) continue;
            report.AppendLine(CultureInfo.InvariantCulture, $"{table}: {rows.Count} rows expected, {actual.Count} found");
            foreach (var missing in rows.Except(actual).Take(5)) report.AppendLine($"  missing: {missing}");
            foreach (var extra in actual.Except(rows).Take(5)) report.AppendLine($"  extra:   {extra}");
            if (rows.Except(actual).Any() is false && actual.Except(rows).Any() is false) report.AppendLine("  (the same rows, duplicated on one side)");
        }
        Assert.True(report.Length == 0, "The read model differs from the expected one:\n" + report);
    }

    public override string ToString() => string.Join(", ", _tables.Select(t => $"{t.Key}: {t.Value.Count}"));

    private static List<string> MirroredColumns(IEntityType entity, string table)
    {
        var store = StoreObjectIdentifier.Table(table, null);
        var surrogate = entity.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated == ValueGenerated.OnAdd).ToHashSet();
        return entity.GetProperties()
            .Where(p => !surrogate.Contains(p) && !(entity.ClrType == typeof(IndexerCheckpoint) && WrittenNotMirrored.Contains(p.Name)))
            .Select(p => p.GetColumnName(store)!)
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToList();
    }

    private static string Format(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
