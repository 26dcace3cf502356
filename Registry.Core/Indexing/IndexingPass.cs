using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Web3;
using Registry.Core.Chain;
using Registry.Core.Indexing.Reorgs;
using Registry.Core.Persistence;
using Registry.Core.Search;

namespace Registry.Core.Indexing;

/// <summary>
/// One catch-up pass: reads the logs of every indexed contract (the registry, licensing and disputes: one eth_getLogs
/// call for all) block range by block range up to the confirmed head and writes each range's rows together with the
/// checkpoint and the range's newest block hashes in one transaction, so a crash never half-applies a range. The
/// contracts are deployed together, so one checkpoint, keyed by the registry's address, serves all of them. A
/// checkpoint whose block hash is no longer canonical (a reorganisation) is rolled back first.
/// </summary>
/// <remarks>
/// Built for backfills: the logs are read as raw JSON-RPC (<see cref="LogRangeReader"/>: adaptive range size, block
/// times and headers in one batch), the next range is fetched while the last is written (one range in flight, never
/// more), registrations are inserted with prepared commands (<see cref="RawLogApplier"/>), and the database writes
/// with <c>synchronous=NORMAL</c> (in WAL mode a commit then waits for no fsync; a power cut may lose the last
/// commits but never half of one, and the checkpoint goes back with them).
/// </remarks>
public sealed class IndexingPass(
    IChainConnectionProvider chain,
    IDbContextFactory<RegistryDbContext> dbFactory,
    IndexerStatus status,
    NearDuplicateIndex nearDuplicates,
    IOptions<IndexerOptions> options)
{
    /// <summary>Largest eth_getLogs answer read; a larger one counts as "range too large" and the range is halved.</summary>
    private const int MaxAnswerBytes = 256 * 1024 * 1024;

    /// <summary>
    /// The pass's connection commits without waiting for fsync (see the remarks), caches 64 MiB of pages (the indexes
    /// of a large read model take keys in random order, content hashes and CIDs, and with SQLite's default 2 MB most
    /// inserts read pages back from the file) and keeps statement journals in memory rather than in temporary files.
    /// </summary>
    private const string WritingPragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";

    private const string DefaultCachePragma = "PRAGMA cache_size=-2000;";

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Value.RpcTimeout };
    private NodeClients? _clients;

    /// <returns>The number of events written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var clients = await ConnectAsync(cancellationToken);
        var connection = clients.Connection;
        var address = connection.WorkRegistryAddress.ToLowerInvariant();
        var head = await clients.Source.BlockNumberAsync(cancellationToken);
        var target = head - connection.Confirmations;
        status.HeadBlock = head;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(WritingPragmas, cancellationToken);
        try
        {
            var checkpoint = await db.IndexerCheckpoints.SingleOrDefaultAsync(c => c.ContractAddress == address, cancellationToken);
            if (checkpoint is not null && await ReorgCheck(db, clients.Source).RollBackIfForkedAsync(checkpoint, cancellationToken) is { } reorg)
            {
                status.LastReorg = reorg;
                foreach (var workId in reorg.OrphanedWorks) nearDuplicates.Remove(workId);
            }
            checkpoint ??= new IndexerCheckpoint { ContractAddress = address, ChainId = connection.ChainId, BlockNumber = options.Value.StartBlock - 1, BlockHash = "" };
            var written = checkpoint.BlockNumber < target ? await WriteRangesAsync(db, clients, checkpoint, target, cancellationToken) : 0;
            status.IndexedBlock = db.Entry(checkpoint).State == EntityState.Detached ? null : checkpoint.BlockNumber;
            return written;
        }
        finally
        {
            await ReleaseCacheAsync(db);
        }
    }

    /// <summary>
    /// Writes the ranges after the checkpoint up to <paramref name="target"/>, each in a transaction of its own with
    /// the checkpoint (added on the first range when it is new), fetching the next range while one is written.
    /// </summary>
    private async Task<int> WriteRangesAsync(RegistryDbContext db, NodeClients clients, IndexerCheckpoint checkpoint, long target, CancellationToken cancellationToken)
    {
        var written = 0;
        using var stopPrefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<DecodedRange>? next = FetchAsync(clients, checkpoint.BlockNumber + 1, target, stopPrefetch.Token);
        try
        {
            while (next is not null)
            {
                var decoded = await next;
                var range = decoded.Range;
                next = range.To < target ? FetchAsync(clients, range.To + 1, target, stopPrefetch.Token) : null;

                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    var mirrored = range.Logs.Count > 0 && await MirroredLogs.AnyFromAsync(db, range.From, cancellationToken)
                        ? await MirroredLogs.FindAsync(db, range.Logs.Select(l => l.TransactionHash), cancellationToken)
                        : null;
                    var blockTimes = new BlockTimes(clients.Web3, range.BlockTimes);
                    written += await new RawLogApplier(db, clients.Connection, blockTimes).ApplyAsync(decoded, mirrored, cancellationToken);
                    if (db.Entry(checkpoint).State == EntityState.Detached) db.IndexerCheckpoints.Add(checkpoint);
                    checkpoint.BlockNumber = range.To;
                    checkpoint.BlockHash = range.ToBlockHash;
                    checkpoint.EventsIndexed += range.Logs.Count;
                    checkpoint.UpdatedAt = DateTimeOffset.UtcNow;
                    await BlockWindow.RecordAsync(db, range.RecentHeaders, options.Value.ReorgWindow, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                // What the range's appliers tracked is saved; only the checkpoint goes on to the next range.
                db.ChangeTracker.Clear();
                db.IndexerCheckpoints.Attach(checkpoint);
                status.IndexedBlock = range.To;
            }
        }
        finally
        {
            if (next is not null) await AbandonAsync(next, stopPrefetch);
        }
        return written;
    }

    /// <summary>The connection goes back to the pool with the default cache, so the 64 MiB is held only while a pass writes.</summary>
    private static async Task ReleaseCacheAsync(RegistryDbContext db)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync(DefaultCachePragma, CancellationToken.None);
        }
        catch (SqliteException)
        {
            // The pass failed on the database itself; its own error is the one to report, and closing frees the cache too.
        }
    }

    /// <summary>Reads the range and decodes its registrations: the work done while the range before it is written.</summary>
    private static async Task<DecodedRange> FetchAsync(NodeClients clients, long from, long target, CancellationToken cancellationToken) =>
        DecodedRange.Of(await clients.Ranges.ReadAsync(from, target, cancellationToken), clients.Connection.WorkRegistryAddress);

    /// <summary>Stops the prefetch of a range that will not be written (the pass failed) and lets it end; its own failure does not matter then.</summary>
    private static async Task AbandonAsync(Task<DecodedRange> prefetch, CancellationTokenSource stop)
    {
        await stop.CancelAsync();
        try
        {
            await prefetch;
        }
        catch (Exception e) when (e is OperationCanceledException or ChainUnavailableException or JsonRpcErrorException or FormatException)
        {
        }
    }

    private ReorgRecovery ReorgCheck(RegistryDbContext db, ChainLogSource source) =>
        new(db, async (number, ct) => (await source.GetHeaderAsync(number, ct))?.ToBlockHeader(), options.Value.ReorgWindow, options.Value.StartBlock, TimeProvider.System);

    private async Task<NodeClients> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = await chain.GetAsync(cancellationToken);
        if (_clients is { } c && c.Connection == connection) return c;
        var source = new ChainLogSource(new JsonRpcClient(_http, connection.RpcUrl, MaxAnswerBytes));
        _clients = new NodeClients(connection, new Web3(connection.RpcUrl), source, new LogRangeReader(source, connection.IndexedContracts(), options.Value));
        return _clients;
    }
}
