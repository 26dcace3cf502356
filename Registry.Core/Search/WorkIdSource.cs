using Microsoft.Data.Sqlite;
using Registry.Core.Persistence;

namespace Registry.Core.Search;

/// <summary>
/// The ids of the works one FTS5 index matches for some terms: the first or newest few, or those between two ids (FTS5
/// keeps each term's works in id order, so that is a seek, not a scan).
/// </summary>
internal sealed class WorkIdSource
{
    private readonly string _table;
    private readonly string _match;

    private WorkIdSource(string table, IReadOnlyList<string> terms)
    {
        _table = table;
        // Each term quoted, so that FTS5 operators typed by a user are plain text.
        _match = string.Join(" ", terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
        Terms = terms;
    }

    /// <summary>The terms every id of this source is known to contain.</summary>
    public IReadOnlyList<string> Terms { get; }

    public static WorkIdSource Trigram(IReadOnlyList<string> terms) => new("WorksFts", terms);

    public static WorkIdSource Cjk(IReadOnlyList<string> terms) => new(CjkFullTextSchema.Table, terms);

    /// <summary>
    /// Up to <paramref name="limit"/> ids in FTS5's own order (oldest first, which reads a trigram index's phrases half
    /// again as fast as newest first), to count the matches or take all of them when they are few.
    /// </summary>
    public Task<List<long>> FirstAsync(SqliteConnection connection, int limit, CancellationToken cancellationToken) =>
        ReadAsync(connection, "LIMIT $limit", cancellationToken, ("$limit", limit));

    /// <summary>The newest <paramref name="limit"/> ids, newest first.</summary>
    public Task<List<long>> NewestAsync(SqliteConnection connection, int limit, CancellationToken cancellationToken) =>
        ReadAsync(connection, "ORDER BY rowid DESC LIMIT $limit", cancellationToken, ("$limit", limit));

    /// <summary>
    /// The ids from <paramref name="low"/> to <paramref name="high"/> that every one of <paramref name="sources"/>
    /// holds, intersected inside SQLite (handing every id of each source to .NET took as long as reading them).
    /// </summary>
    public static async Task<List<long>> CommonAsync(SqliteConnection connection, IReadOnlyList<WorkIdSource> sources, long low, long high,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" INTERSECT ", sources.Select((s, i) => $"SELECT rowid FROM {s._table} WHERE {s._table} MATCH $match{i} AND rowid BETWEEN $low AND $high"));
        for (var i = 0; i < sources.Count; i++)
            command.Parameters.AddWithValue($"$match{i}", sources[i]._match);
        command.Parameters.AddWithValue("$low", low);
        command.Parameters.AddWithValue("$high", high);
        return await ReadIdsAsync(command, cancellationToken);
    }

    private async Task<List<long>> ReadAsync(SqliteConnection connection, string rest, CancellationToken cancellationToken,
        params (string Name, long Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {_table} WHERE {_table} MATCH $match {rest}";
        command.Parameters.AddWithValue("$match", _match);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await ReadIdsAsync(command, cancellationToken);
    }

    private static async Task<List<long>> ReadIdsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetInt64(0));
        return ids;
    }
}
