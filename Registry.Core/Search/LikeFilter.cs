using Microsoft.Data.Sqlite;

namespace Registry.Core.Search;

/// <summary>
/// Looks for terms no index holds ("a", "3d") in the fields of works with LIKE (case folded for ASCII only), inside
/// SQLite: reading the fields out into .NET strings to look there cost three times as much.
/// </summary>
internal sealed class LikeFilter
{
    private readonly string _condition;
    private readonly List<string> _patterns;

    public LikeFilter(IReadOnlyList<string> terms)
    {
        _patterns = terms.Select(t => "%" + t.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%").ToList();
        _condition = string.Join(" AND ", _patterns.Select((_, i) =>
            $"(Title LIKE $p{i} ESCAPE '\\' OR Description LIKE $p{i} ESCAPE '\\' OR Tags LIKE $p{i} ESCAPE '\\')"));
    }

    /// <summary>Those of <paramref name="ids"/> whose fields hold every term.</summary>
    public async Task<List<long>> MatchingAsync(SqliteConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var matching = new List<long>();
        if (ids.Count == 0) return matching;
        await using var command = Command(connection, $"SELECT WorkId FROM Works WHERE WorkId IN (SELECT value FROM json_each($ids)) AND {_condition}");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", ids) + "]");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            matching.Add(reader.GetInt64(0));
        return matching;
    }

    /// <summary>Which of the newest <paramref name="limit"/> works hold every term, and whether those were all the works.</summary>
    public async Task<(List<long> Matching, bool ReadAll)> NewestAsync(SqliteConnection connection, int limit, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT WorkId, {_condition} FROM Works ORDER BY WorkId DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        var (matching, read) = (new List<long>(), 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read++;
            if (reader.GetBoolean(1)) matching.Add(reader.GetInt64(0));
        }
        return (matching, read < limit);
    }

    private SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < _patterns.Count; i++)
            command.Parameters.AddWithValue($"$p{i}", _patterns[i]);
        return command;
    }
}
