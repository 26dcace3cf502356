using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Core.Chain;
using Registry.Core.Indexing.Reorgs;
using Registry.Core.Persistence;
using Registry.Core.Search;

namespace Registry.Core.Indexing;

/// <summary>
/// One catch-up pass: reads the logs of every indexed contract (the registry, licensing and disputes: one eth_getLogs
/// call for all) block range by block range up to the confirmed head and writes each range's rows together with the
/// checkpoint in one transaction, so a crash never half-applies a range. The contracts are deployed together, so one
/// checkpoint, keyed by the registry's address, serves all of them. A checkpoint whose block hash is no longer
/// canonical (a reorganisation) is rolled back first.
/// </summary>
public sealed class IndexingPass(
    IChainConnectionProvider chain,
    IDbContextFactory<RegistryDbContext> dbFactory,
    IndexerStatus status,
    NearDuplicateIndex nearDuplicates,
    IOptions<IndexerOptions> options)
{
    private (ChainConnection Connection, Web3 Web3)? _client;

    /// <returns>The number of events written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        var address = connection.WorkRegistryAddress.ToLowerInvariant();
        var contracts = connection.IndexedContracts().ToArray();
        var head = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var target = head - connection.Confirmations;
        status.HeadBlock = head;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.IndexerCheckpoints.SingleOrDefaultAsync(c => c.ContractAddress == address, cancellationToken);
        if (checkpoint is not null && await ReorgCheck(db, web3).RollBackIfForkedAsync(checkpoint, cancellationToken) is { } reorg)
        {
            status.LastReorg = reorg;
            foreach (var workId in reorg.OrphanedWorks) nearDuplicates.Remove(workId);
        }

        var written = 0;
        var from = checkpoint is null ? options.Value.StartBlock : checkpoint.BlockNumber + 1;
        while (from <= target)
        {
            var to = Math.Min(from + options.Value.MaxBlockRange - 1, target);
            var logs = await web3.Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
            {
                Address = contracts,
                FromBlock = new BlockParameter(new HexBigInteger(from)),
                ToBlock = new BlockParameter(new HexBigInteger(to)),
            });
            var headers = await CanonicalHeaders.ReadRangeAsync(web3, Math.Max(from, to - options.Value.ReorgWindow + 1), to, cancellationToken);
            BlockWindow.EnsureLogsMatch(headers, logs.Select(l => ((long)l.BlockNumber.Value, l.BlockHash)));

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await BlockWindow.RecordAsync(db, headers, options.Value.ReorgWindow, cancellationToken);
            written += await new LogApplier(db, web3, connection).ApplyAsync(logs, cancellationToken);
            checkpoint ??= db.IndexerCheckpoints.Add(new IndexerCheckpoint { ContractAddress = address, ChainId = connection.ChainId, BlockHash = "" }).Entity;
            checkpoint.BlockNumber = to;
            checkpoint.BlockHash = headers[^1].Hash;
            checkpoint.EventsIndexed += logs.Length;
            checkpoint.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            status.IndexedBlock = to;
            from = to + 1;
        }
        status.IndexedBlock = checkpoint?.BlockNumber;
        return written;
    }

    private ReorgRecovery ReorgCheck(RegistryDbContext db, Web3 web3) =>
        new(db, (number, ct) => CanonicalHeaders.ReadAsync(web3, number, ct), options.Value.ReorgWindow, options.Value.StartBlock, TimeProvider.System);

    private async Task<(ChainConnection, Web3)> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = await chain.GetAsync(cancellationToken);
        if (_client is { } c && c.Connection == connection) return c;
        _client = (connection, new Web3(connection.RpcUrl));
        return _client.Value;
    }
}
