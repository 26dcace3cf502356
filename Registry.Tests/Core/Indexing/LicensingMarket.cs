using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The registry and licensing contract of a <see cref="CoreHost"/> with fresh funded accounts: a creator whose work is
/// split 70/30 with a co-author, two buyers, a revoker, and the admin (dev account #0) who sets a 2.5 % platform fee.
/// Every transaction signs through a new client, so nonces come from the node, which matters after evm_revert.
/// </summary>
internal sealed class LicensingMarket
{
    public const ushort FeeBps = 250;
    public const byte Commercial = 2;
    public const long WorkId = 1;

    /// <summary>1 ether and 7 wei, so that the fee and the co-author's share both round down.</summary>
    public static readonly BigInteger Price = BigInteger.Pow(10, 18) + 7;

    // price × 2.5 % = 25,000,000,000,000,000.175 → 25,000,000,000,000,000; the rest, 975,000,000,000,000,007, × 30 %
    // = 292,500,000,000,000,002.1 → 292,500,000,000,000,002; the creator gets the remaining 682,500,000,000,000,005.
    public const string Fee = "25000000000000000";
    public const string CoAuthorAmount = "292500000000000002";
    public const string CreatorAmount = "682500000000000005";

    public const string TermsText = "licence terms";

    private readonly AnvilFixture _anvil;
    private readonly ChainConnection _chain;

    private LicensingMarket(AnvilFixture anvil, ChainConnection chain)
    {
        _anvil = anvil;
        _chain = chain;
        Work = TestWorks.Register($"a licensed poem {Guid.NewGuid()}", (Creator.Address, 7_000), (CoAuthor.Address, 3_000));
    }

    public RegisterFunction Work { get; }

    public static string Admin { get; } = new EthECKey(ChainOptions.DevChainSignerKey).GetPublicAddress().ToLowerInvariant();

    public string FeeRecipient { get; } = Party.New().Address;

    public Party Creator { get; } = Party.New();

    public Party CoAuthor { get; } = Party.New();

    public Party Buyer { get; } = Party.New();

    public Party SecondBuyer { get; } = Party.New();

    public Party Revoker { get; } = Party.New();

    public static Cid TermsCid { get; } = Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes(TermsText)));

    /// <summary>Funds the accounts, sets the fee, lets <see cref="Revoker"/> revoke, and registers the creator's work (work 1 of the host's fresh registry).</summary>
    public static async Task<LicensingMarket> OpenAsync(AnvilFixture anvil, CoreHost host)
    {
        var market = new LicensingMarket(anvil, host.Chain);
        var bank = anvil.CreateWeb3().Eth.GetEtherTransferService();
        foreach (var party in new[] { market.Creator, market.CoAuthor, market.Buyer, market.SecondBuyer, market.Revoker })
            await bank.TransferEtherAndWaitForReceiptAsync(party.Address, 10m);
        var admin = market.LicensingAs(null);
        await admin.SetPlatformFeeRequestAndWaitForReceiptAsync(FeeBps, market.FeeRecipient);
        await admin.GrantRoleRequestAndWaitForReceiptAsync(await admin.RevokerRoleQueryAsync(), market.Revoker.Address);
        await new WorkRegistryService(anvil.CreateWeb3(market.Creator.Key), host.Chain.WorkRegistryAddress)
            .RegisterRequestAndWaitForReceiptAsync(market.Work);
        return market;
    }

    /// <summary>The creator offers transferable commercial licences in Germany and France for <see cref="Price"/>.</summary>
    public Task<TransactionReceipt> CreateOfferAsync(uint durationDays = 30) =>
        LicensingAs(Creator).CreateOfferRequestAndWaitForReceiptAsync(new CreateOfferFunction
        {
            WorkId = WorkId,
            ContentHash = Work.ContentHash,
            Price = Price,
            Currency = LicensingChain.NativeCoin,
            DurationDays = durationDays,
            Usage = Commercial,
            Territories = ["DE"u8.ToArray(), "FR"u8.ToArray()],
            Exclusive = false,
            Transferable = true,
            MaxSupply = 0,
            TermsCid = TermsCid.Bytes.ToArray(),
        });

    public Task<TransactionReceipt> BuyAsync(Party buyer, long offerId = 1) =>
        LicensingAs(buyer).PurchaseRequestAndWaitForReceiptAsync(
            new PurchaseFunction { OfferId = offerId, Recipients = Work.Recipients, Shares = Work.Shares, AmountToSend = Price });

    public Task<TransactionReceipt> TransferLicenceAsync(Party holder, string to, long licenceId) =>
        LicensingAs(holder).TransferFromRequestAndWaitForReceiptAsync(holder.Address, to, licenceId);

    public Task<TransactionReceipt> PauseAsync(long offerId = 1) => LicensingAs(Creator).PauseOfferRequestAndWaitForReceiptAsync(offerId);

    public Task<TransactionReceipt> ResumeAsync(long offerId = 1) => LicensingAs(Creator).ResumeOfferRequestAndWaitForReceiptAsync(offerId);

    public Task<TransactionReceipt> WithdrawOfferAsync(long offerId = 1) => LicensingAs(Creator).WithdrawOfferRequestAndWaitForReceiptAsync(offerId);

    /// <summary>The account withdraws everything it is owed in the native coin.</summary>
    public Task<TransactionReceipt> WithdrawAsync(Party account) =>
        LicensingAs(account).WithdrawRequestAndWaitForReceiptAsync(LicensingChain.NativeCoin);

    public Task<TransactionReceipt> RevokeAsync(long licenceId) => LicensingAs(Revoker).RevokeLicenceRequestAndWaitForReceiptAsync(licenceId);

    /// <summary>The admin takes the freezer role and freezes or unfreezes the work's sales.</summary>
    public async Task<TransactionReceipt> FreezeAsync(bool frozen)
    {
        var admin = LicensingAs(null);
        await admin.GrantRoleRequestAndWaitForReceiptAsync(await admin.FreezerRoleQueryAsync(), Admin);
        return await admin.SetSalesFrozenRequestAndWaitForReceiptAsync(WorkId, frozen);
    }

    /// <summary>The licensing contract sending as <paramref name="party"/>, or as the admin when null.</summary>
    private WorkLicensingService LicensingAs(Party? party) =>
        new(_anvil.CreateWeb3(party?.Key ?? ChainOptions.DevChainSignerKey), _chain.WorkLicensingAddress!);
}
