using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Bench;

/// <summary>
/// Gas that WorkRegistry, WorkLicensing and WorkDisputes transactions really cost: <c>gasUsed</c> from receipts on a fresh anvil
/// (21,000 base and calldata included); the licensing rows are described in <see cref="LicensingGasRows"/>. Goals: one register with a one-recipient split ≤ 100,000; ≤ 60,000 per work in a batch of 100.
/// A relayed registerFor (the creator signs, the platform pays) is measured next to the same creator's direct register.
/// </summary>
public sealed class GasBenchmark : IBenchmark
{
    private const long ChainId = 31337;
    private const int BatchSize = 100;
    private const int RegisterGoal = 100_000;
    private const int BatchPerWorkGoal = 60_000;

    private static readonly string[] CoAuthors = ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"];

    public string Name => "gas";

    public async Task<ResultTable> RunAsync(string[] args)
    {
        await using var anvil = await AnvilProcess.StartAsync(ChainId);
        var platform = CreateWeb3(anvil.RpcUrl, ChainOptions.DevChainSignerKey);
        var deployment = await WorkRegistryService.DeployContractAndWaitForReceiptAsync(platform, new WorkRegistryDeployment());

        var creatorKey = EthECKey.GenerateKey().GetPrivateKey();
        var creator = CreateWeb3(anvil.RpcUrl, creatorKey);
        var creatorAddress = creator.TransactionManager.Account.Address;
        await platform.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(creatorAddress, 10m);
        var registry = new WorkRegistryService(creator, deployment.ContractAddress);

        var platformRegistry = new WorkRegistryService(platform, deployment.ContractAddress);
        var earlier = Register("an earlier work by another account", (platform.TransactionManager.Account.Address, 10_000));
        await platformRegistry.RegisterRequestAndWaitForReceiptAsync(earlier);

        var first = Register("first work", (creatorAddress, 10_000));
        var later = Register("later work", (creatorAddress, 10_000));
        var threeWay = Register("three-way work", (creatorAddress, 5_000), (CoAuthors[0], 3_000), (CoAuthors[1], 2_000));
        var batch = new RegisterBatchFunction
        {
            Registrations = Enumerable.Range(0, BatchSize).Select(i => Registration($"batch work {i}", (creatorAddress, 10_000))).ToList(),
        };

        var table = new ResultTable("Contract gas: WorkRegistry, WorkLicensing and WorkDisputes (receipt gasUsed, anvil 1.7.1)",
            "transaction", "gasUsed", "of which 21,000 + calldata", "of which execution", "per work", "goal");
        table.AddRow("deploy WorkRegistry", Format(deployment.GasUsed.Value), "", "", "", "");
        await MeasureAsync(table, "register, 1 recipient, first work of a fresh account", first, registry.RegisterRequestAndWaitForReceiptAsync, 1, RegisterGoal);
        await MeasureAsync(table, "register, 1 recipient, later work of the same account", later, registry.RegisterRequestAndWaitForReceiptAsync, 1, RegisterGoal);
        var deadline = (await platform.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value + 3_600;
        var relayedFirst = RegisterFor("first relayed work", creatorKey, deployment.ContractAddress, 0, deadline);
        var relayedLater = RegisterFor("later relayed work", creatorKey, deployment.ContractAddress, 1, deadline);
        await MeasureAsync(table, "registerFor relayed by the platform, 1 recipient, creator's first relayed work", relayedFirst, platformRegistry.RegisterForRequestAndWaitForReceiptAsync, 1, null);
        await MeasureAsync(table, "registerFor relayed by the platform, 1 recipient, creator's later relayed work", relayedLater, platformRegistry.RegisterForRequestAndWaitForReceiptAsync, 1, null);
        await MeasureAsync(table, "register, 3 recipients", threeWay, registry.RegisterRequestAndWaitForReceiptAsync, 1, null);
        await MeasureAsync(table, $"registerBatch of {BatchSize}, 1 recipient each", batch, registry.RegisterBatchRequestAndWaitForReceiptAsync, BatchSize, BatchPerWorkGoal);
        var licensing = await new LicensingGasRows(key => CreateWeb3(anvil.RpcUrl, key), platform, deployment.ContractAddress).AddToAsync(table);
        await new DisputeGasRows(key => CreateWeb3(anvil.RpcUrl, key), platform, anvil.RpcUrl, ChainOptions.DevChainSignerKey, deployment.ContractAddress, licensing).AddToAsync(table);
        table.AddNote("The registry already holds a work by another account when these are measured.");
        table.AddNote("A fresh account's first work also pays for its ERC-721 balance slot going from zero to non-zero (+17,100 gas); later works only update it.");
        table.AddNote("registerFor rows: the same creator (already holding works) signs an EIP-712 message, the platform account sends and pays. Compare with \"later work of the same account\": the difference is the signature check (ecrecover 3,000 + hashing) plus the creator's nonce slot (its first increment, 0 → 1, costs 17,100 more than a later one, as the balance slot does), plus the signature's 65 bytes and the struct's offsets in calldata.");
        table.AddNote("Calldata: 16 gas per non-zero byte, 4 per zero byte. Inputs: 36-byte binary CIDv1 for content and metadata, fingerprint 0, SHA-256 content hashes.");
        foreach (var note in LicensingGasRows.Notes) table.AddNote(note);
        foreach (var note in DisputeGasRows.Notes) table.AddNote(note);
        table.AddNote("Command: dotnet run -c Release --project bench/Registry.Bench -- gas");
        return table;
    }

    private static Task<TransactionReceipt> MeasureAsync<TMessage>(
        ResultTable table, string transaction, TMessage message, Func<TMessage, CancellationTokenSource?, Task<TransactionReceipt>> send, int works, int? goal)
        where TMessage : FunctionMessage, new() =>
        GasRows.MeasureAsync(table, transaction, message, send, works, goal);

    internal static Web3 CreateWeb3(string rpcUrl, string key)
    {
        var web3 = new Web3(new Account(key, ChainId), rpcUrl);
        web3.TransactionManager.TransactionReceiptService.SetPollingRetryIntervalInMilliseconds(50);
        return web3;
    }

    private static RegisterFunction Register(string content, params (string Recipient, ushort Share)[] split)
    {
        var (contentHash, metadataHash) = Hashes(content);
        return RegistrationMessages.Register(contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, Split(split));
    }

    private static RegisterForFunction RegisterFor(string content, string creatorKey, string registry, BigInteger nonce, BigInteger deadline)
    {
        var (contentHash, metadataHash) = Hashes(content);
        var creator = new EthECKey(creatorKey).GetPublicAddress();
        RoyaltyShare[] split = [new(creator, 10_000)];
        var signature = RelayedRegistrationSigner.Sign(
            creatorKey, ChainId, registry, nonce, deadline, contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, split);
        return RegistrationMessages.RegisterFor(contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, split, creator, deadline, signature);
    }

    private static Registration Registration(string content, params (string Recipient, ushort Share)[] split)
    {
        var (contentHash, metadataHash) = Hashes(content);
        return RegistrationMessages.BatchItem(contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, Split(split));
    }

    private static (byte[] Content, byte[] Metadata) Hashes(string content) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(content)), SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"title\":\"{content}\"}}")));

    private static RoyaltyShare[] Split((string Recipient, ushort Share)[] split) =>
        split.Select(s => new RoyaltyShare(s.Recipient, s.Share)).ToArray();

    private static string Format(BigInteger gas) => GasRows.Format(gas);
}
