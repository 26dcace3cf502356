using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>
/// The Core services on a fresh registry and licensing contract (administered by dev account #0), with accounts made
/// as the app makes them (custodial keys in the database) and given ether with anvil_setBalance, and works they
/// register themselves, mirrored into the read model.
/// </summary>
internal sealed class LicensingScene(CoreHost host, AnvilFixture anvil) : IAsyncDisposable
{
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    public CoreHost Host { get; } = host;

    /// <summary>The licensing contract's binding, sending as dev account #0, its admin.</summary>
    public WorkLicensingService Admin { get; } = new(anvil.CreateWeb3(), host.Chain.WorkLicensingAddress);

    public static async Task<LicensingScene> StartAsync(AnvilFixture anvil) => new(await CoreHost.StartAsync(anvil), anvil);

    public T Get<T>() where T : notnull => Host.Get<T>();

    /// <summary>A new account holding exactly <paramref name="wei"/> (10 ether when null).</summary>
    public async Task<Party> AccountAsync(string who, BigInteger? wei = null)
    {
        var creation = await Get<AccountService>().CreateAsync($"{who}-{Guid.NewGuid():N}@example.com", "harbour-at-dawn-1");
        var account = creation.Account ?? throw new InvalidOperationException(string.Join(" ", creation.Problems));
        await SetBalanceAsync(account.Address, wei ?? 10 * Ether);
        return new Party(account.UserId, account.Address, await Get<AccountKeys>().UnlockAsync(account.UserId, CancellationToken.None));
    }

    public Task SetBalanceAsync(string address, BigInteger wei) =>
        anvil.RpcAsync<object>("anvil_setBalance", address, new HexBigInteger(wei).HexValue);

    public async Task<BigInteger> BalanceAsync(string address) => (await Admin.Web3.Eth.GetBalance.SendRequestAsync(address)).Value;

    public async Task<TransactionReceipt> ReceiptAsync(string transactionHash) =>
        await Admin.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(transactionHash);

    /// <summary>
    /// The owner registers a new work (signing and paying themselves), split as given (wholly theirs when no split is
    /// given), and the indexer mirrors it; returns its id.
    /// </summary>
    public async Task<long> RegisterWorkAsync(Party owner, params (string Recipient, ushort Share)[] split)
    {
        if (split.Length == 0) split = [(owner.Address, TestWorks.WholeShare)];
        var registry = new WorkRegistryService(anvil.CreateWeb3(owner.Key), Host.Chain.WorkRegistryAddress);
        var receipt = await registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register($"a licensed work {Guid.NewGuid()}", split));
        var workId = (long)receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Single().Event.WorkId;
        await Get<IndexingPass>().RunAsync(CancellationToken.None);
        return workId;
    }

    /// <summary>An offer request that passes every check: 0.05 ETH, 30 days, commercial use in Germany and France.</summary>
    public static OfferRequest Request(long workId, string price = "0.05", bool exclusive = false, int? maxSupply = null) =>
        new(workId, price, 30, "commercial", "DE, FR", exclusive, Transferable: true, maxSupply, "Use in one campaign; credit the author.");

    /// <summary>The seller makes an offer; the test fails unless it is created.</summary>
    public async Task<long> OfferAsync(Party seller, OfferRequest request)
    {
        var outcome = await Get<OfferService>().CreateAsync(seller.UserId, request, CancellationToken.None);
        return outcome.OfferId ?? throw new InvalidOperationException($"The offer was refused: {outcome.Message}");
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
