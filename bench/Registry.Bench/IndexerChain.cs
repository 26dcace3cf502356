using System.Numerics;
using System.Security.Cryptography;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Bench;

/// <summary>
/// A fresh anvil with the registry, licensing and disputes contracts deployed and filled with registrations made by
/// <c>registerBatch</c> of <see cref="WorksPerTransaction"/> works: two events per work (the ERC-721 mint and
/// WorkRegistered). The transactions are sent with automine off and then mined with <c>evm_mine</c>, as many to a
/// block as the block's gas limit holds (four).
/// </summary>
internal sealed class IndexerChain : IAsyncDisposable
{
    public const long ChainId = 31337;
    public const int WorksPerTransaction = 100;
    public const int EventsPerWork = 2;

    private const int InFlight = 8;
    private static readonly BigInteger GasPerTransaction = 12_000_000;
    private static readonly BigInteger MaxFeePerGas = BigInteger.Pow(10, 11);
    private const string BaseFeePerGas = "0x3b9aca00";

    private readonly AnvilProcess _anvil;

    private IndexerChain(AnvilProcess anvil, ChainConnection connection, long firstBlock, long lastBlock, int events)
    {
        _anvil = anvil;
        Events = events;
        Connection = connection;
        FirstBlock = firstBlock;
        LastBlock = lastBlock;
    }

    public ChainConnection Connection { get; }

    /// <summary>The first block holding registrations (the contracts are deployed before it).</summary>
    public long FirstBlock { get; }

    public long LastBlock { get; }

    /// <summary>The registry's events in the filled blocks.</summary>
    public int Events { get; }

    /// <param name="events">Events wanted; rounded up to whole transactions.</param>
    public static async Task<IndexerChain> StartAsync(int events)
    {
        var anvil = await AnvilProcess.StartAsync(ChainId);
        try
        {
            var deployer = new ContractDeployer(anvil.RpcUrl, ChainId, ChainOptions.DevChainSignerKey);
            var registry = await deployer.DeployWorkRegistryAsync(CancellationToken.None);
            var licensing = await deployer.DeployWorkLicensingAsync(registry, CancellationToken.None);
            var disputes = await deployer.DeployWorkDisputesAsync(registry, licensing, 0, 3600, CancellationToken.None);
            var connection = new ChainConnection(anvil.RpcUrl, ChainId, registry, ChainOptions.DevChainSignerKey, 0,
                WorkLicensingAddress: licensing, WorkDisputesAddress: disputes);

            var web3 = GasBenchmark.CreateWeb3(anvil.RpcUrl, ChainOptions.DevChainSignerKey);
            var firstBlock = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
            var transactions = (events + WorksPerTransaction * EventsPerWork - 1) / (WorksPerTransaction * EventsPerWork);
            await FillAsync(web3, registry, transactions);
            var lastBlock = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
            return new IndexerChain(anvil, connection, firstBlock, lastBlock, transactions * WorksPerTransaction * EventsPerWork);
        }
        catch
        {
            await anvil.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Signs locally with explicit nonce, gas and fees (no estimates) and keeps a few transactions in flight, then
    /// mines until the pool is empty (with automine, transactions that arrive together and overflow a block wait for
    /// the next transaction), at a base fee of 1 gwei, and checks every receipt.
    /// </summary>
    private static async Task FillAsync(Web3 web3, string registry, int transactions)
    {
        await web3.Client.SendRequestAsync<object>("evm_setAutomine", null, false);
        var sender = web3.TransactionManager.Account.Address;
        var nonce = (await web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(sender, BlockParameter.CreatePending())).Value;
        var handler = web3.Eth.GetContractTransactionHandler<RegisterBatchFunction>();
        var hashes = new string[transactions];
        using var slots = new SemaphoreSlim(InFlight);
        var sends = new List<Task>();
        for (var t = 0; t < transactions; t++)
        {
            await slots.WaitAsync();
            var index = t;
            var batch = new RegisterBatchFunction
            {
                Registrations = Enumerable.Range(t * WorksPerTransaction, WorksPerTransaction).Select(i => Registration(i, sender)).ToList(),
                Nonce = new HexBigInteger(nonce + t),
                Gas = new HexBigInteger(GasPerTransaction),
                MaxFeePerGas = new HexBigInteger(MaxFeePerGas),
                MaxPriorityFeePerGas = new HexBigInteger(1),
            };
            sends.Add(Task.Run(async () =>
            {
                try { hashes[index] = await handler.SendRequestAsync(registry, batch); }
                finally { slots.Release(); }
            }));
        }
        await Task.WhenAll(sends);
        while ((string?)(await web3.Client.SendRequestAsync<JObject>("txpool_status"))["pending"] != "0x0")
        {
            // Full blocks raise the base fee by 12.5 % each; after some 80 it would pass the transactions' fee cap.
            await web3.Client.SendRequestAsync<object>("anvil_setNextBlockBaseFeePerGas", null, BaseFeePerGas);
            await web3.Client.SendRequestAsync<string>("evm_mine");
        }
        await web3.Client.SendRequestAsync<object>("evm_setAutomine", null, true);

        foreach (var hash in hashes)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            if (receipt?.Status.Value != BigInteger.One) throw new InvalidOperationException($"registerBatch {hash} was not mined or reverted: {(receipt is null ? "no receipt" : $"status {receipt.Status.Value}, gas {receipt.GasUsed.Value}, block {receipt.BlockNumber.Value}")}.");
        }
        var works = await new WorkRegistryService(web3, registry).TotalWorksQueryAsync();
        if (works != transactions * WorksPerTransaction) throw new InvalidOperationException($"The registry holds {works} works, not {transactions * WorksPerTransaction}.");
    }

    /// <summary>Work <paramref name="i"/>: unique content, a metadata CID (so the indexer marks it pending), a non-zero fingerprint, one recipient.</summary>
    private static Registration Registration(int i, string creator)
    {
        var content = SHA256.HashData(BitConverter.GetBytes(i));
        var metadata = SHA256.HashData(content);
        var fingerprint = BitConverter.ToUInt64(metadata, 0) | 1;
        return RegistrationMessages.BatchItem(content, Cid.Raw(content), Cid.Raw(metadata), fingerprint, [new RoyaltyShare(creator, RoyaltyShare.Whole)]);
    }

    public ValueTask DisposeAsync() => _anvil.DisposeAsync();
}
