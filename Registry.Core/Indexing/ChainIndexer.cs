using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Registry.Core.Indexing;

/// <summary>Follows the chain: every poll mirrors the new events of the registry, the licensing and the disputes contract into SQLite, then reads pending metadata documents.</summary>
public sealed class ChainIndexer(IndexingPass pass, MetadataResolver metadata, IndexerStatus status, IOptions<IndexerOptions> options, ILogger<ChainIndexer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(stoppingToken);
                await metadata.ResolvePendingAsync(stoppingToken);
                status.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                status.LastError = e.Message;
                logger.LogWarning("Indexing pass failed, retrying: {Message}", e.Message);
            }
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }
}
