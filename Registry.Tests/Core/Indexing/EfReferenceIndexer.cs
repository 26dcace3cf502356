using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Core.Indexing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The indexer as it was before the fast path, for comparison: Nethereum's eth_getLogs from a block to the head, every
/// log in chain order through <see cref="LogApplier"/> (EF, Nethereum decoding, the triggers firing row by row), and
/// the checkpoint, in one transaction.
/// </summary>
internal static class EfReferenceIndexer
{
    /// <returns>The number of logs that wrote rows.</returns>
    public static async Task<int> RunAsync(CoreHost host, long fromBlock)
    {
        var connection = host.Chain;
        var web3 = new Web3(connection.RpcUrl);
        var head = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var logs = await web3.Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = connection.IndexedContracts().ToArray(),
            FromBlock = new BlockParameter(new HexBigInteger(fromBlock)),
            ToBlock = new BlockParameter(new HexBigInteger(head)),
        });
        var headBlock = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(head));

        await using var db = await host.DbAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var applier = new LogApplier(db, new BlockTimes(web3), connection);
        var written = 0;
        foreach (var log in logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value))
            if (await applier.ApplyAsync(log, CancellationToken.None)) written++;
        await applier.CompleteAsync(CancellationToken.None);
        db.IndexerCheckpoints.Add(new IndexerCheckpoint
        {
            ContractAddress = connection.WorkRegistryAddress.ToLowerInvariant(),
            ChainId = connection.ChainId,
            BlockNumber = head,
            BlockHash = headBlock.BlockHash,
            EventsIndexed = logs.Length,
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return written;
    }
}
