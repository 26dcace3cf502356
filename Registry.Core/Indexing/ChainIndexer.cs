using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Core.Chain;

namespace Registry.Core.Indexing;

/// <summary>
/// Follows the chain: every poll mirrors the new events of the registry, the licensing and the disputes contract into
/// SQLite, then reads pending metadata documents. A pass that fails (node down, slow or answering errors) is retried
/// from the same checkpoint after a wait that doubles with each failure, up to a cap, so nothing is skipped; the
/// status says what failed, since when and how often.
/// </summary>
public sealed class ChainIndexer(
    IndexingPass pass,
    MetadataResolver metadata,
    IndexerStatus status,
    IChainConnectionProvider chain,
    IOptions<IndexerOptions> options,
    TimeProvider clock,
    ILogger<ChainIndexer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await CatchUpAsync(stoppingToken);
            try
            {
                await metadata.ResolvePendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Reading metadata documents failed, retrying next poll: {Message}", e.Message);
            }
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Runs passes until one succeeds, which leaves the read model at the confirmed head as that pass saw it.</summary>
    /// <returns>The number of events the successful pass wrote.</returns>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                status.ChainId ??= (await chain.GetAsync(cancellationToken)).ChainId;
                var written = await pass.RunAsync(cancellationToken);
                if (status.Fault is { } fault)
                    logger.LogInformation("Indexing works again after {Attempts} failed attempts since {Since}", fault.Attempts, fault.Since);
                status.Fault = null;
                status.CaughtUp = true;
                return written;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var fault = Failed(e);
                logger.LogWarning("Indexing pass failed (attempt {Attempts}), retrying at {NextAttemptAt:O}: {Message}", fault.Attempts, fault.NextAttemptAt, fault.LastError);
                await Task.Delay(fault.NextAttemptAt - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            }
        }
    }

    private IndexerFault Failed(Exception e)
    {
        var now = clock.GetUtcNow();
        var previous = status.Fault;
        var attempts = (previous?.Attempts ?? 0) + 1;
        var fault = new IndexerFault(Describe(e), previous?.Since ?? now, attempts, now + RetryBackoff.After(attempts, options.Value.RetryDelay, options.Value.MaxRetryDelay));
        status.Fault = fault;
        return fault;
    }

    /// <summary>The innermost message (the socket error behind an HTTP failure), prefixed by what failed when it adds something.</summary>
    private static string Describe(Exception e)
    {
        var root = e;
        while (root.InnerException is not null) root = root.InnerException;
        return root == e || e.Message.Contains(root.Message, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({root.Message})";
    }
}
