using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Contracts;
using Nethereum.Web3;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Contracts;

/// <summary>
/// The WorkLicensing contract through its generated bindings on a real anvil node: a work split 70/30 between its
/// creator and a co-author, an offer by the creator, a purchase by a second account with a 2.5 % platform fee, and the
/// withdrawals, to the wei. The forge suite covers every function and refusal; these check the bindings end to end.
/// </summary>
[Collection("chain")]
public sealed class WorkLicensingContractTests(AnvilFixture chain)
{
    private const ushort CreatorShare = 7_000;
    private const ushort CoAuthorShare = 3_000;
    private const ushort FeeBps = 250;
    private const byte Commercial = 2;
    private const byte Personal = 0;
    private const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    /// <summary>1 ether and 7 wei, so that the fee and the co-author's share both round down.</summary>
    private static readonly BigInteger Price = LicensingChain.Ether + 7;

    // price × 2.5 % = 25,000,000,000,000,000.175 → 25,000,000,000,000,000; the rest, 975,000,000,000,000,007, × 30 %
    // = 292,500,000,000,000,002.1 → 292,500,000,000,000,002; the creator gets the remaining 682,500,000,000,000,005.
    private static readonly BigInteger Fee = BigInteger.Parse("25000000000000000");
    private static readonly BigInteger CoAuthorAmount = BigInteger.Parse("292500000000000002");
    private static readonly BigInteger CreatorAmount = BigInteger.Parse("682500000000000005");

    [Fact]
    public async Task Purchase_WithATwoWaySplitAndAFee_CreditsEveryAccountToTheWei()
    {
        var sale = await SaleAsync(transferable: true);

        var receipt = await sale.BuyAsync();

        var fee = Assert.Single(receipt.DecodeAllEvents<PlatformFeeCreditedEventDTO>()).Event;
        Assert.Equal(sale.FeeRecipient, fee.Recipient, ignoreCase: true);
        Assert.Equal(Fee, fee.Amount);
        var royalties = receipt.DecodeAllEvents<RoyaltyCreditedEventDTO>().Select(e => e.Event).ToList();
        Assert.Equal([sale.CoAuthor, sale.Creator], royalties.Select(r => r.Recipient), StringComparer.OrdinalIgnoreCase);
        Assert.Equal([CoAuthorAmount, CreatorAmount], royalties.Select(r => r.Amount));
        Assert.Equal(Fee, await sale.Chain.Licensing.OwedQueryAsync(LicensingChain.NativeCoin, sale.FeeRecipient));
        Assert.Equal(CoAuthorAmount, await sale.Chain.Licensing.OwedQueryAsync(LicensingChain.NativeCoin, sale.CoAuthor));
        Assert.Equal(CreatorAmount, await sale.Chain.Licensing.OwedQueryAsync(LicensingChain.NativeCoin, sale.Creator));
        Assert.Equal(Price, await sale.Chain.Licensing.TotalOwedQueryAsync(LicensingChain.NativeCoin));
        Assert.Equal(Price, await sale.Chain.BalanceOfAsync(sale.Chain.Licensing.ContractAddress));
    }

    [Fact]
    public async Task Purchase_WithTheExactPrice_MintsTheLicenceToTheBuyerAndEmitsLicencePurchased()
    {
        var sale = await SaleAsync(transferable: true);
        var buyerBalance = await sale.Chain.BalanceOfAsync(sale.Buyer);

        var receipt = await sale.BuyAsync();

        var purchased = Assert.Single(receipt.DecodeAllEvents<LicencePurchasedEventDTO>()).Event;
        Assert.Equal(BigInteger.One, purchased.LicenceId);
        Assert.Equal(sale.OfferId, purchased.OfferId);
        Assert.Equal(BigInteger.One, purchased.WorkId);
        Assert.Equal(sale.Buyer, purchased.Buyer, ignoreCase: true);
        Assert.Equal(Price, purchased.Price);
        Assert.Equal(purchased.ValidFrom + 30UL * 86_400, purchased.ValidUntil);
        Assert.Equal(sale.Buyer, await sale.Chain.Licensing.OwnerOfQueryAsync(purchased.LicenceId), ignoreCase: true);
        Assert.Equal(buyerBalance - Price - GasCost(receipt), await sale.Chain.BalanceOfAsync(sale.Buyer));
    }

    [Fact]
    public async Task Purchase_MintingTheLicence_EmitsTransferDecodedWithTheTokenIdName()
    {
        var sale = await SaleAsync(transferable: true);

        var receipt = await sale.BuyAsync();

        var minted = Assert.Single(receipt.DecodeAllEvents<TransferEventDTO>()).Event;
        Assert.Equal(ZeroAddress, minted.From);
        Assert.Equal(sale.Buyer, minted.To, ignoreCase: true);
        Assert.Equal(BigInteger.One, minted.TokenId);
        Assert.Equal(minted.Id, minted.TokenId);
    }

    [Fact]
    public async Task Withdraw_ByTheCoAuthor_PaysExactlyWhatWasCreditedAndLeavesTheRest()
    {
        var sale = await SaleAsync(transferable: true);
        await sale.BuyAsync();
        var before = await sale.Chain.BalanceOfAsync(sale.CoAuthor);

        var receipt = await sale.Chain.LicensingAs(sale.CoAuthorAccount).WithdrawRequestAndWaitForReceiptAsync(LicensingChain.NativeCoin);

        var withdrawn = Assert.Single(receipt.DecodeAllEvents<WithdrawnEventDTO>()).Event;
        Assert.Equal(CoAuthorAmount, withdrawn.Amount);
        Assert.Equal(before + CoAuthorAmount - GasCost(receipt), await sale.Chain.BalanceOfAsync(sale.CoAuthor));
        Assert.Equal(BigInteger.Zero, await sale.Chain.Licensing.OwedQueryAsync(LicensingChain.NativeCoin, sale.CoAuthor));
        Assert.Equal(Price - CoAuthorAmount, await sale.Chain.BalanceOfAsync(sale.Chain.Licensing.ContractAddress));
        Assert.Equal(Price - CoAuthorAmount, await sale.Chain.Licensing.TotalOwedQueryAsync(LicensingChain.NativeCoin));
    }

    [Fact]
    public async Task IsLicenceValidFor_AfterThePurchase_IsTrueForTheBuyerTheWorkAndTheUsageOnly()
    {
        var sale = await SaleAsync(transferable: true);
        await sale.BuyAsync();
        var licensing = sale.Chain.Licensing;

        Assert.True(await licensing.IsLicenceValidQueryAsync(BigInteger.One));
        Assert.True(await licensing.IsLicenceValidForQueryAsync(BigInteger.One, sale.Buyer, BigInteger.One, Commercial));
        Assert.False(await licensing.IsLicenceValidForQueryAsync(BigInteger.One, sale.Buyer, BigInteger.One, Personal));
        Assert.False(await licensing.IsLicenceValidForQueryAsync(BigInteger.One, sale.Buyer, 2, Commercial));
        Assert.False(await licensing.IsLicenceValidForQueryAsync(BigInteger.One, sale.CoAuthor, BigInteger.One, Commercial));
        Assert.False(await licensing.IsLicenceValidForQueryAsync(2, sale.Buyer, BigInteger.One, Commercial));
    }

    [Fact]
    public async Task GetLicence_AfterThePurchase_ReportsTheOfferTheWorkTheExpiryAndTheTerms()
    {
        var sale = await SaleAsync(transferable: false);
        var receipt = await sale.BuyAsync();
        var purchased = Assert.Single(receipt.DecodeAllEvents<LicencePurchasedEventDTO>()).Event;

        var licence = (await sale.Chain.Licensing.GetLicenceQueryAsync(purchased.LicenceId)).ReturnValue1;

        Assert.Equal(sale.OfferId, licence.OfferId);
        Assert.Equal(BigInteger.One, licence.WorkId);
        Assert.Equal(purchased.ValidUntil, licence.ValidUntil);
        Assert.Equal(Commercial, licence.Usage);
        Assert.False(licence.Transferable);
        Assert.False(licence.Revoked);
    }

    [Fact]
    public async Task Purchase_ByTheWorksOwner_RaisesOwnWorkWithTheWorkAndTheBuyer()
    {
        var sale = await SaleAsync(transferable: true);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => sale.Chain.LicensingAs(sale.CreatorAccount).PurchaseRequestAndWaitForReceiptAsync(sale.Purchase(Price)));

        Assert.True(error.IsCustomErrorFor<WorkLicensingOwnWorkError>());
        var decoded = error.DecodeError<WorkLicensingOwnWorkError>();
        Assert.Equal(BigInteger.One, decoded.WorkId);
        Assert.Equal(sale.Creator, decoded.Buyer, ignoreCase: true);
    }

    [Fact]
    public async Task Purchase_WithOneWeiTooLittle_RaisesWrongPaymentWithTheExpectedAndSentAmounts()
    {
        var sale = await SaleAsync(transferable: true);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => sale.Chain.LicensingAs(sale.BuyerAccount).PurchaseRequestAndWaitForReceiptAsync(sale.Purchase(Price - 1)));

        Assert.True(error.IsCustomErrorFor<WorkLicensingWrongPaymentError>());
        var decoded = error.DecodeError<WorkLicensingWrongPaymentError>();
        Assert.Equal(Price, decoded.Expected);
        Assert.Equal(Price - 1, decoded.Sent);
    }

    [Fact]
    public async Task TransferFrom_OfANonTransferableLicence_RaisesNotTransferableWithTheLicence()
    {
        var sale = await SaleAsync(transferable: false);
        await sale.BuyAsync();

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => sale.Chain.LicensingAs(sale.BuyerAccount).TransferFromRequestAndWaitForReceiptAsync(sale.Buyer, sale.CoAuthor, BigInteger.One));

        Assert.True(error.IsCustomErrorFor<WorkLicensingNotTransferableError>());
        Assert.Equal(BigInteger.One, error.DecodeError<WorkLicensingNotTransferableError>().LicenceId);
        Assert.Equal(sale.Buyer, await sale.Chain.Licensing.OwnerOfQueryAsync(BigInteger.One), ignoreCase: true);
    }

    /// <summary>
    /// Fresh contracts with a 2.5 % fee; a creator who registers a work split 70/30 with a co-author and offers 30-day
    /// commercial licences in Germany and France for <see cref="Price"/>; a buyer with 10 ether.
    /// </summary>
    private async Task<Sale> SaleAsync(bool transferable)
    {
        var licensingChain = await LicensingChain.DeployAsync(chain);
        var feeRecipient = Nethereum.Signer.EthECKey.GenerateKey().GetPublicAddress();
        await licensingChain.Licensing.SetPlatformFeeRequestAndWaitForReceiptAsync(FeeBps, feeRecipient);
        var creator = await licensingChain.FundedAccountAsync(10m);
        var coAuthor = await licensingChain.FundedAccountAsync(1m);
        var buyer = await licensingChain.FundedAccountAsync(10m);

        var work = TestWorks.Register(
            "a licensed poem",
            (creator.TransactionManager.Account.Address, CreatorShare),
            (coAuthor.TransactionManager.Account.Address, CoAuthorShare));
        await licensingChain.RegistryAs(creator).RegisterRequestAndWaitForReceiptAsync(work);
        var offer = await licensingChain.LicensingAs(creator).CreateOfferRequestAndWaitForReceiptAsync(new CreateOfferFunction
        {
            WorkId = BigInteger.One,
            ContentHash = work.ContentHash,
            Price = Price,
            Currency = LicensingChain.NativeCoin,
            DurationDays = 30,
            Usage = Commercial,
            Territories = ["DE"u8.ToArray(), "FR"u8.ToArray()],
            Exclusive = false,
            Transferable = transferable,
            MaxSupply = 0,
            TermsCid = Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes("licence terms"))).Bytes.ToArray(),
        });
        var offerId = Assert.Single(offer.DecodeAllEvents<OfferCreatedEventDTO>()).Event.OfferId;
        return new Sale(licensingChain, creator, coAuthor, buyer, feeRecipient, offerId, work.Recipients, work.Shares);
    }

    private static BigInteger GasCost(Nethereum.RPC.Eth.DTOs.TransactionReceipt receipt) =>
        receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value;
}
