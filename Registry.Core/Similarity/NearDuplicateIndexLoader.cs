using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Registry.Core.Persistence;
using Registry.Core.Search;

namespace Registry.Core.Similarity;

/// <summary>Fills the in-memory near-duplicate index from the read model at start (after the database exists).</summary>
internal sealed class NearDuplicateIndexLoader(NearDuplicateIndex index, IDbContextFactory<RegistryDbContext> dbFactory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => index.LoadAsync(dbFactory, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
