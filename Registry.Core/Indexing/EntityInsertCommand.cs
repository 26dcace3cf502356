using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing;

/// <summary>
/// A prepared INSERT of <typeparamref name="T"/> rows on the context's own connection and in its current transaction,
/// its columns and value conversions read from the EF model, so a row is stored exactly as SaveChanges would store it
/// (store-generated keys are left to SQLite). Bypasses the change tracker: the rows are not tracked.
/// </summary>
internal sealed class EntityInsertCommand<T> : IDisposable where T : class
{
    private readonly SqliteCommand _command;
    private readonly (SqliteParameter Parameter, IClrPropertyGetter Getter, Func<object?, object?>? ToProvider)[] _columns;

    /// <exception cref="InvalidOperationException">The context has no transaction open.</exception>
    public EntityInsertCommand(RegistryDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction
            ?? throw new InvalidOperationException("Rows are inserted in the range's transaction; none is open.");
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""))}) "
            + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        _columns = properties.Select((p, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            _command.Parameters.Add(parameter);
            return (parameter, p.GetGetter(), p.GetTypeMapping().Converter?.ConvertToProvider);
        }).ToArray();
        _command.Prepare();
    }

    public void Insert(T row)
    {
        foreach (var (parameter, getter, toProvider) in _columns)
        {
            var value = getter.GetClrValue(row);
            if (value is not null && toProvider is not null) value = toProvider(value);
            parameter.Value = value ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
