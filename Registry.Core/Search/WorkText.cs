using Microsoft.Data.Sqlite;

namespace Registry.Core.Search;

/// <summary>The searched fields of a work, read back to check candidates for words no index holds and to rank them.</summary>
internal sealed record WorkText(long WorkId, string? Title, string? Description, string? Tags)
{
    /// <summary>Whether one of the fields holds the term, ignoring case (as the trigram index matches it).</summary>
    public bool Contains(string term) =>
        (Title?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
        || (Description?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
        || (Tags?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false);

    public static async Task<List<WorkText>> LoadAsync(SqliteConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT WorkId, Title, Description, Tags FROM Works WHERE WorkId IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", ids) + "]");
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<List<WorkText>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var texts = new List<WorkText>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            texts.Add(new(reader.GetInt64(0), Text(reader, 1), Text(reader, 2), Text(reader, 3)));
        return texts;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
