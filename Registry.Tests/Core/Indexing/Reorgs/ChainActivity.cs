using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Tests.Contracts;
using Registry.Tests.Core.Indexing;
using LicensingWithdraw = Registry.Contracts.WorkLicensing.ContractDefinition.WithdrawFunction;
using TransferFromFunction = Registry.Contracts.WorkRegistry.ContractDefinition.TransferFromFunction;

namespace Registry.Tests.Core.Indexing.Reorgs;

/// <summary>
/// Transactions of anvil's unlocked dev accounts on a host's contracts, one per block, that touch every indexed table:
/// registrations, a transfer, licence purchases with their royalty credits, a withdrawal, a dispute with its
/// notification. As transaction requests they can be mined normally or handed to <c>anvil_reorg</c> to replace the
/// newest blocks, whose state they do not depend on beyond <see cref="SetUpAsync"/>.
/// </summary>
internal sealed class ChainActivity(string rpcUrl, ChainConnection chain)
{
    public const long OfferedWork = 1;
    public const long TransferredWork = 2;
    public const long DisputedWork = 3;
    public static readonly BigInteger Price = 1_000;
    private const long GasLimit = 3_000_000;

    public static readonly string Creator = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static readonly string Holder = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static readonly string Buyer = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    private static readonly string OtherBuyer = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
    private static readonly string Claimant = "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65";
    private static readonly string OtherClaimant = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc";

    private readonly Web3 _web3 = new(rpcUrl);

    /// <summary>Registers works 1–3 as <see cref="Creator"/> (wholly theirs) and offers licences of work 1 at <see cref="Price"/> wei.</summary>
    public Task SetUpAsync() => SendAsync([Register("setup 1"), Register("setup 2"), Register("setup 3"), CreateOffer()]);

    /// <summary>What the blocks a reorganisation will orphan hold; <paramref name="blocks"/> from 5 on include every kind.</summary>
    public IReadOnlyList<Dictionary<string, string>> Orphaned(int blocks) =>
        Segment(blocks, "orphaned", [Register("orphaned 0"), Purchase(Buyer), Transfer(Holder), OpenDispute(Claimant, "orphaned"), Withdraw()]);

    /// <summary>What the canonical chain holds instead: other works, other buyers, another claimant and recipient.</summary>
    public IReadOnlyList<Dictionary<string, string>> Canonical(int blocks, string salt = "canonical") =>
        Segment(blocks, salt, [Purchase(OtherBuyer), Register($"{salt} 0"), OpenDispute(OtherClaimant, salt), Transfer(OtherBuyer), Withdraw()]);

    /// <summary>Ordinary history: registrations and purchases, none of which a later segment conflicts with.</summary>
    public IReadOnlyList<Dictionary<string, string>> History(int blocks, string salt = "history") =>
        Enumerable.Range(0, blocks).Select(i => i % 2 == 0 ? Register($"{salt} {i}") : Purchase(Buyer)).ToList();

    /// <summary>Mines each transaction in a block of its own and checks that it succeeded.</summary>
    public async Task SendAsync(IEnumerable<Dictionary<string, string>> transactions)
    {
        foreach (var transaction in transactions)
        {
            var hash = await _web3.Client.SendRequestAsync<string>("eth_sendTransaction", null, transaction);
            var receipt = await ReceiptAsync(hash);
            Assert.True(receipt.Status.Value == 1, $"Transaction {transaction["data"][..10]} to {transaction["to"]} reverted.");
        }
    }

    /// <summary>Replaces the newest <paramref name="depth"/> blocks by blocks holding <paramref name="transactions"/>, one each (the rest empty).</summary>
    public async Task ReorgAsync(int depth, IReadOnlyList<Dictionary<string, string>> transactions)
    {
        var head = await HeadAsync();
        var replaced = transactions.Take(depth).Select((t, i) => new object[] { t, i }).ToArray();
        await _web3.Client.SendRequestAsync<object>("anvil_reorg", null, depth, replaced);
        Assert.Equal(head, await HeadAsync());
        // anvil leaves out a transaction that would fail rather than mine it reverted.
        Assert.Equal(replaced.Length, await EnsureSucceededAsync(head - depth + 1, head));
    }

    public async Task<long> HeadAsync() => (long)(await _web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>anvil mines a sent transaction at once, but its receipt may lag the answer by a moment.</summary>
    private async Task<TransactionReceipt> ReceiptAsync(string hash)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await _web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash) is { } receipt) return receipt;
            if (attempt == 200) throw new TimeoutException($"Transaction {hash} was not mined.");
            await Task.Delay(10);
        }
    }

    /// <returns>How many transactions the blocks hold.</returns>
    private async Task<int> EnsureSucceededAsync(long from, long to)
    {
        var transactions = 0;
        for (var number = from; number <= to; number++)
        {
            var block = await _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
            foreach (var hash in block.TransactionHashes)
                Assert.True((await ReceiptAsync(hash)).Status.Value == 1, $"A transaction of block {number} reverted.");
            transactions += block.TransactionHashes.Length;
        }
        return transactions;
    }

    /// <summary>The opening actions in order, then registrations and purchases in turn.</summary>
    private List<Dictionary<string, string>> Segment(int blocks, string salt, Dictionary<string, string>[] opening) =>
        Enumerable.Range(0, blocks).Select(i => i < opening.Length ? opening[i] : i % 2 == 0 ? Register($"{salt} {i}") : Purchase(Buyer)).ToList();

    private Dictionary<string, string> Register(string content) =>
        Call(Creator, chain.WorkRegistryAddress, TestWorks.Register($"{chain.WorkRegistryAddress} {content}", (Creator, TestWorks.WholeShare)));

    private Dictionary<string, string> Transfer(string to) =>
        Call(Creator, chain.WorkRegistryAddress, new TransferFromFunction { From = Creator, To = to, TokenId = TransferredWork });

    private Dictionary<string, string> CreateOffer() =>
        Call(Creator, chain.WorkLicensingAddress!, new CreateOfferFunction
        {
            WorkId = OfferedWork,
            ContentHash = TestWorks.Register($"{chain.WorkRegistryAddress} setup 1").ContentHash,
            Price = Price,
            Currency = LicensingChain.NativeCoin,
            DurationDays = 30,
            Usage = LicensingMarket.Commercial,
            Territories = ["DE"u8.ToArray()],
            Exclusive = false,
            Transferable = true,
            MaxSupply = 0,
            TermsCid = LicensingMarket.TermsCid.Bytes.ToArray(),
        });

    private Dictionary<string, string> Purchase(string buyer) =>
        Call(buyer, chain.WorkLicensingAddress!, new PurchaseFunction { OfferId = 1, Recipients = [Creator], Shares = [TestWorks.WholeShare] }, Price);

    private Dictionary<string, string> Withdraw() =>
        Call(Creator, chain.WorkLicensingAddress!, new LicensingWithdraw { Currency = LicensingChain.NativeCoin });

    private Dictionary<string, string> OpenDispute(string claimant, string evidence) =>
        Call(claimant, chain.WorkDisputesAddress!, new OpenDisputeFunction
        {
            WorkId = DisputedWork,
            ContentHash = TestWorks.Register($"{chain.WorkRegistryAddress} setup 3").ContentHash,
            Claim = (byte)DisputeClaim.Authorship,
            CopiedWorkId = 0,
            EvidenceCid = DisputeCourt.Document(evidence).Bytes.ToArray(),
        });

    private static Dictionary<string, string> Call<TFunction>(string from, string to, TFunction function, BigInteger? value = null)
        where TFunction : FunctionMessage, new()
    {
        // anvil_reorg does not estimate gas the way eth_sendTransaction does.
        var call = new Dictionary<string, string> { ["from"] = from, ["to"] = to, ["data"] = function.GetCallData().ToHex(true), ["gas"] = new HexBigInteger(GasLimit).HexValue };
        if (value is { } wei) call["value"] = new HexBigInteger(wei).HexValue;
        return call;
    }
}
