using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Contracts;
using Nethereum.Signer;
using Nethereum.Web3;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;
using RegisterFunction = Registry.Contracts.WorkRegistry.ContractDefinition.RegisterFunction;

namespace Registry.Bench;

/// <summary>
/// WorkLicensing rows of the gas table, on the same anvil as the registry's: deployment, offers, purchases in the
/// native coin with a one- and a three-recipient split, and a withdrawal. A purchase writes fresh storage the first time
/// each account meets the contract (the buyer's licence count, a recipient's balance owed), so each split is measured
/// three ways: the work's first sale, a new buyer once the recipients are owed something, and a returning buyer.
/// Goals: a purchase with one recipient ≤ 150,000; with three ≤ 120,000 (issue 5).
/// </summary>
internal sealed class LicensingGasRows(Func<string, Web3> connect, Web3 platform, string registryAddress)
{
    private const int OneRecipientGoal = 150_000;
    private const int ThreeRecipientGoal = 120_000;
    private const string NativeCoin = "0x0000000000000000000000000000000000000000";
    private const byte Commercial = 2;

    private static readonly BigInteger Price = BigInteger.Pow(10, 17);

    public static IReadOnlyList<string> Notes { get; } =
    [
        "WorkLicensing rows: offers at 0.1 ether in the native coin, no platform fee unless the row says so; a new WorkLicensing on the same registry, its admin the platform account.",
        "What a purchase stores per licence: one slot, its ERC-721 owner slot going from zero to non-zero (22,100 gas), which also holds the licence's record (offer, expiry, revoked) in Solady's 96 bits of extra data; the work, usage and transferability are read from the offer. There is no on-chain holder/work/usage index (the app answers that from its indexed events).",
        "Why some three-recipient rows miss 120,000: new storage, nothing else. A new buyer's first licence makes their ERC-721 balance slot non-zero (20,000 instead of 2,900 for a returning buyer: +17,100, exactly the gap between the new-buyer and returning-buyer rows); a work's first sale also makes each recipient's balance owed non-zero (+17,100 per recipient, three here: +51,300, the gap between the first-sale and new-buyer rows), and so does a recipient's next credit after each withdrawal, which empties it.",
        "Besides: reading the offer (4 slots: seller, work and flags; currency, duration, cap and sold; price and exclusive licence; the content hash the registry's isSplitOf needs), the registry's ownerOf and isSplitOf (two calls), one slot holding the licence counter, the fee, the native coin's total owed and the count of frozen works (a work's frozen flag is read only while some work is frozen), and the events. Each further recipient adds about 9,000 (a balance owed updated, a RoyaltyCredited event); a platform fee about 9,400 (the fee recipient's address and balance owed, a PlatformFeeCredited event).",
    ];

    /// <returns>The WorkLicensing deployed for the rows.</returns>
    public async Task<string> AddToAsync(ResultTable table)
    {
        var deployment = await WorkLicensingService.DeployContractAndWaitForReceiptAsync(
            platform, new WorkLicensingDeployment { Registry = registryAddress, Admin = platform.TransactionManager.Account.Address });
        table.AddRow("deploy WorkLicensing", GasRows.Format(deployment.GasUsed.Value), "", "", "", "");
        var licensing = deployment.ContractAddress;

        var soleCreator = await FundedAccountAsync();
        var leadCreator = await FundedAccountAsync();
        var coAuthors = new[] { await FundedAccountAsync(), await FundedAccountAsync() };
        var buyers = new List<Web3>();
        for (var i = 0; i < 5; i++) buyers.Add(await FundedAccountAsync());

        var sole = await RegisterAsync(soleCreator, "a work with one recipient", (Address(soleCreator), 10_000));
        var threeWay = await RegisterAsync(leadCreator, "a work with three recipients",
            (Address(leadCreator), 5_000), (Address(coAuthors[0]), 3_000), (Address(coAuthors[1]), 2_000));

        var soleOffer = await MeasureOfferAsync(table, "createOffer, first offer of the contract (native coin, 30 days, 2 territories)", soleCreator, licensing, sole);
        var threeWayOffer = await MeasureOfferAsync(table, "createOffer, a later offer", leadCreator, licensing, threeWay);

        await MeasurePurchaseAsync(table, "purchase, 1 recipient: the work's first sale, the buyer's first licence", buyers[0], licensing, soleOffer, sole, OneRecipientGoal);
        await MeasurePurchaseAsync(table, "purchase, 1 recipient: a new buyer, the recipient already owed", buyers[1], licensing, soleOffer, sole, OneRecipientGoal);
        await MeasurePurchaseAsync(table, "purchase, 3 recipients: the work's first sale, the buyer's first licence", buyers[2], licensing, threeWayOffer, threeWay, ThreeRecipientGoal);
        await MeasurePurchaseAsync(table, "purchase, 3 recipients: a new buyer, every recipient already owed", buyers[3], licensing, threeWayOffer, threeWay, ThreeRecipientGoal);
        await MeasurePurchaseAsync(table, "purchase, 1 recipient: a returning buyer (holds a licence to another work)", buyers[2], licensing, soleOffer, sole, OneRecipientGoal);
        await MeasurePurchaseAsync(table, "purchase, 3 recipients: a returning buyer (holds a licence to another work)", buyers[0], licensing, threeWayOffer, threeWay, ThreeRecipientGoal);

        await new WorkLicensingService(platform, licensing).SetPlatformFeeRequestAndWaitForReceiptAsync(250, Address(platform));
        // Not measured: the fee recipient's first credit, so that the next row finds every account owed already.
        await new WorkLicensingService(buyers[4], licensing).PurchaseRequestAndWaitForReceiptAsync(Purchase(soleOffer, sole));
        await MeasurePurchaseAsync(table, "purchase, 3 recipients + 2.5 % platform fee: a returning buyer, every account already owed", buyers[1], licensing, threeWayOffer, threeWay, ThreeRecipientGoal);

        var coAuthor = new WorkLicensingService(coAuthors[0], licensing);
        await GasRows.MeasureAsync(table, "withdraw (native coin): a co-author's balance from 4 sales", new WithdrawFunction { Currency = NativeCoin },
            coAuthor.WithdrawRequestAndWaitForReceiptAsync, null, null);
        return licensing;
    }

    private async Task<Web3> FundedAccountAsync()
    {
        var account = connect(EthECKey.GenerateKey().GetPrivateKey());
        await platform.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(Address(account), 10m);
        return account;
    }

    private async Task<RegisterFunction> RegisterAsync(
        Web3 creator, string content, params (string Recipient, ushort Share)[] split)
    {
        var contentHash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        var message = RegistrationMessages.Register(contentHash, Cid.Raw(contentHash), null, 0,
            split.Select(s => new RoyaltyShare(s.Recipient, s.Share)).ToArray());
        await new WorkRegistryService(creator, registryAddress).RegisterRequestAndWaitForReceiptAsync(message);
        return message;
    }

    private async Task<BigInteger> MeasureOfferAsync(
        ResultTable table, string transaction, Web3 seller, string licensing, RegisterFunction work)
    {
        var workId = await new WorkRegistryService(seller, registryAddress).WorkIdOfQueryAsync(work.ContentHash);
        var offer = new CreateOfferFunction
        {
            WorkId = workId,
            ContentHash = work.ContentHash,
            Price = Price,
            Currency = NativeCoin,
            DurationDays = 30,
            Usage = Commercial,
            Territories = ["DE"u8.ToArray(), "FR"u8.ToArray()],
            Exclusive = false,
            Transferable = true,
            MaxSupply = 0,
            TermsCid = Cid.Raw(SHA256.HashData(work.ContentHash)).Bytes.ToArray(),
        };
        var receipt = await GasRows.MeasureAsync(table, transaction, offer,
            new WorkLicensingService(seller, licensing).CreateOfferRequestAndWaitForReceiptAsync, null, null);
        return receipt.DecodeAllEvents<OfferCreatedEventDTO>().Single().Event.OfferId;
    }

    private static Task MeasurePurchaseAsync(
        ResultTable table, string transaction, Web3 buyer, string licensing, BigInteger offerId, RegisterFunction work, int goal) =>
        GasRows.MeasureAsync(table, transaction, Purchase(offerId, work),
            new WorkLicensingService(buyer, licensing).PurchaseRequestAndWaitForReceiptAsync, null, goal);

    private static PurchaseFunction Purchase(BigInteger offerId, RegisterFunction work) =>
        new() { OfferId = offerId, Recipients = work.Recipients, Shares = work.Shares, AmountToSend = Price };

    private static string Address(Web3 account) => account.TransactionManager.Account.Address;
}
