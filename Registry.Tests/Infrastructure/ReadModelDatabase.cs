using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Tests.Infrastructure;

/// <summary>A real SQLite file with the read model's schema (FTS5 included), for tests that need no chain.</summary>
public sealed class ReadModelDatabase : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("registry-db");

    private ReadModelDatabase()
    {
        var options = new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlite($"Data Source={_folder.Combine("registry.db")}")
            .Options;
        Factory = new PooledDbContextFactory<RegistryDbContext>(options);
    }

    public IDbContextFactory<RegistryDbContext> Factory { get; }

    public static async Task<ReadModelDatabase> CreateAsync()
    {
        var database = new ReadModelDatabase();
        await using var db = await database.Factory.CreateDbContextAsync();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        return database;
    }

    public async Task AddAsync(params Work[] works)
    {
        await using var db = await Factory.CreateDbContextAsync();
        db.Works.AddRange(works);
        await db.SaveChangesAsync();
    }

    public static Work Work(long id, string title, string description = "", string tags = "", string? owner = null) => new()
    {
        WorkId = id,
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(id))),
        Cid = Registry.Core.Fingerprints.Cid.Raw(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(id))).ToString(),
        Creator = owner ?? "0x" + new string('a', 40),
        Owner = owner ?? "0x" + new string('a', 40),
        Split = "",
        TransactionHash = "0x" + id.ToString("x64"),
        BlockNumber = id,
        RegisteredAt = DateTimeOffset.UnixEpoch.AddDays(id),
        MetadataStatus = MetadataStatus.Resolved,
        Title = title,
        Description = description,
        Tags = tags,
    };

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        await Task.CompletedTask;
    }
}
