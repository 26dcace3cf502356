using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Registry.Core.Persistence;

/// <summary>Creates the database before the pipeline and the indexer start (hosted services start in order).</summary>
internal sealed class DatabaseStartup(IDbContextFactory<RegistryDbContext> dbFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DatabaseInitializer.InitializeAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
