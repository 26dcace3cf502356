using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Royalties;
using Registry.Core.Works;
using Registry.Core.Indexing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The indexer as it was before the fast path, for comparison: Nethereum's eth_getLogs from a block to the head, every
/// log in chain order through EF and Nethereum's decoding (registrations here, as the indexer wrote them before
/// <see cref="RawLogApplier"/>; every other log through <see cref="LogApplier"/>), the triggers firing row by row, and
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
        var blockTimes = new BlockTimes(web3);
        var applier = new LogApplier(db, blockTimes, connection);
        var written = 0;
        foreach (var log in logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value))
        {
            if (string.Equals(log.Address, connection.WorkRegistryAddress, StringComparison.OrdinalIgnoreCase) && log.IsLogForEvent<WorkRegisteredEventDTO>())
            {
                await AddRegistrationAsync(db, blockTimes, log, log.DecodeEvent<WorkRegisteredEventDTO>().Event);
                written++;
            }
            else if (await applier.ApplyAsync(log, CancellationToken.None)) written++;
        }
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

    private static async Task AddRegistrationAsync(RegistryDbContext db, BlockTimes blockTimes, FilterLog log, WorkRegisteredEventDTO e)
    {
        var workId = (long)e.WorkId;
        var time = await blockTimes.OfAsync(log, CancellationToken.None);
        var creator = e.Creator.ToLowerInvariant();
        var split = RoyaltySplit.Format(e.Recipients, e.Shares);
        db.Works.Add(new Work
        {
            WorkId = workId,
            ContentHash = Sha256Hex.Format(e.ContentHash),
            Cid = Cid.FromBytes(e.ContentCid).ToString(),
            MetadataCid = e.MetadataCid is { Length: > 0 } ? Cid.FromBytes(e.MetadataCid).ToString() : null,
            Fingerprint = unchecked((long)e.Fingerprint),
            Creator = creator,
            Owner = creator,
            Split = split,
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            RegisteredAt = time,
            MetadataStatus = e.MetadataCid is { Length: > 0 } ? MetadataStatus.Pending : MetadataStatus.Missing,
        });
        db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.Registered, time, to: creator, split: split));
    }
}
