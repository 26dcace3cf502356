using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The read model of a running app, written from the test process as its indexer would (see <see cref="LicensingRows"/>):
/// for reads of licensing data that no test needs a real purchase for. Ids start far above anything the app's own
/// chain reaches in a run, so seeded offers and licences never meet indexed ones.
/// </summary>
internal static class AppReadModel
{
    private static long _lastId = 7_000_000;

    public static long NextId() => Interlocked.Increment(ref _lastId);

    public static IDbContextFactory<RegistryDbContext> For(RegistryAppProcess app) =>
        new PooledDbContextFactory<RegistryDbContext>(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlite($"Data Source={Path.Combine(app.DataDirectory, "registry.db")};Pooling=False").Options);

    public static Task AddAsync(RegistryAppProcess app, params object[] rows) => LicensingRows.AddAsync(For(app), rows);
}
