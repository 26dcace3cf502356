using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing;

/// <summary>
/// The AFTER INSERT triggers of Works (the trigram and the CJK full-text index), suspended while a range's
/// registrations are inserted in bulk and put back in the same transaction, after doing their work for all the
/// inserted works at once, one statement each: the indexes end up as the triggers would have left them, and no other
/// connection ever sees the triggers gone. A trigger costs each row a call and a statement journal (its write to a
/// virtual table may abort, so SQLite saves every page the insert touches): about a third of a registration's write.
/// Only triggers exactly as the app creates them are suspended; a database with any other insert trigger on Works
/// keeps them all firing row by row.
/// </summary>
internal sealed partial class WorksInsertTriggers
{
    private static readonly (string Name, string Create, string InsertForWorks)[] Known =
    [
        ("Works_ai", DatabaseInitializer.FullTextInsertTrigger, DatabaseInitializer.FullTextInsertForWorks),
        ("WorksCjk_ai", CjkFullTextSchema.InsertTrigger, CjkFullTextSchema.InsertForWorks),
    ];

    private readonly SqliteTransaction _transaction;
    private readonly IReadOnlyList<(string Create, string InsertForWorks)> _suspended;

    private WorksInsertTriggers(SqliteTransaction transaction, IReadOnlyList<(string Create, string InsertForWorks)> suspended)
    {
        _transaction = transaction;
        _suspended = suspended;
    }

    /// <returns>The suspended triggers, or null when Works has an insert trigger this class does not know.</returns>
    /// <exception cref="InvalidOperationException">The context has no transaction open.</exception>
    public static async Task<WorksInsertTriggers?> SuspendAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction
            ?? throw new InvalidOperationException("Triggers are suspended inside the range's transaction; none is open.");
        var triggers = new List<(string Name, string Sql)>();
        await using (var command = Command(transaction, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Works'"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                triggers.Add((reader.GetString(0), reader.GetString(1)));

        var suspended = new List<(string Name, string Create, string InsertForWorks)>();
        foreach (var (name, sql) in triggers.Where(t => InsertTrigger().IsMatch(t.Sql)))
        {
            var known = Known.FirstOrDefault(k => k.Name == name);
            // sqlite_master keeps the statement as it was run, less IF NOT EXISTS.
            if (known.Name is null || sql != known.Create.Replace("CREATE TRIGGER IF NOT EXISTS ", "CREATE TRIGGER ", StringComparison.Ordinal)) return null;
            suspended.Add((name, sql, known.InsertForWorks));
        }
        foreach (var trigger in suspended)
            await ExecuteAsync(transaction, $"DROP TRIGGER \"{trigger.Name}\"", null, cancellationToken);
        return new WorksInsertTriggers(transaction, suspended.Select(t => (t.Create, t.InsertForWorks)).ToList());
    }

    /// <summary>Does the suspended triggers' work for the works inserted meanwhile, then creates the triggers again.</summary>
    public async Task RestoreAsync(IReadOnlyCollection<long> insertedWorkIds, CancellationToken cancellationToken)
    {
        var ids = JsonSerializer.Serialize(insertedWorkIds);
        foreach (var (create, insertForWorks) in _suspended)
        {
            if (insertedWorkIds.Count > 0) await ExecuteAsync(_transaction, insertForWorks, ids, cancellationToken);
            await ExecuteAsync(_transaction, create, null, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(SqliteTransaction transaction, string sql, string? ids, CancellationToken cancellationToken)
    {
        await using var command = Command(transaction, sql);
        if (ids is not null) command.Parameters.AddWithValue("$ids", ids);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The header of a trigger that fires on inserts into Works (before its body).</summary>
    [GeneratedRegex(@"^[^(]*?\bINSERT\s+ON\s+""?Works""?\s", RegexOptions.IgnoreCase)]
    private static partial Regex InsertTrigger();
}
