using System.Numerics;
using Nethereum.Contracts;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Licensing;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>Licences bought through the service on anvil: the checks before sending, and the contract's refusals worded alike.</summary>
[Collection("chain")]
public sealed class LicencePurchasesTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Buy_AnActiveOffer_MintsTheLicenceToTheBuyerWhoPaysThePriceAndTheGasToTheWei()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var buyer = await scene.AccountAsync("buyer");
        var workId = await scene.RegisterWorkAsync(seller);
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(workId));
        var before = await scene.BalanceAsync(buyer.Address);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Null(outcome.Message);
        Assert.Equal(1, outcome.LicenceId);
        var receipt = await scene.ReceiptAsync(outcome.TransactionHash!);
        var purchased = receipt.DecodeAllEvents<LicencePurchasedEventDTO>().Single().Event;
        Assert.Equal(buyer.Address, purchased.Buyer, ignoreCase: true);
        Assert.Equal(before - LicensingScene.Ether / 20 - receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value, await scene.BalanceAsync(buyer.Address));
        var gateway = scene.Get<LicensingGateway>();
        Assert.True(await gateway.IsLicenceValidAsync(1, CancellationToken.None));
        Assert.True(await gateway.IsLicenceValidForAsync(1, buyer.Address, workId, LicenceUsage.Commercial, CancellationToken.None));
        Assert.False(await gateway.IsLicenceValidForAsync(1, buyer.Address, workId, LicenceUsage.Broadcast, CancellationToken.None));
    }

    [Fact]
    public async Task Buy_AWorkSplitBetweenCoAuthors_SendsTheRegisteredSplitFromTheReadModel()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var coAuthor = await scene.AccountAsync("co-author");
        var buyer = await scene.AccountAsync("buyer");
        var workId = await scene.RegisterWorkAsync(seller, (seller.Address, 7_000), (coAuthor.Address, 3_000));
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(workId, price: "1"));

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Null(outcome.Message);
        var earnings = scene.Get<Earnings>();
        Assert.Equal(LicensingScene.Ether * 7 / 10, await earnings.GetWithdrawableAsync(seller.Address, CancellationToken.None));
        Assert.Equal(LicensingScene.Ether * 3 / 10, await earnings.GetWithdrawableAsync(coAuthor.Address, CancellationToken.None));
    }

    [Fact]
    public async Task Buy_AnOfferThatDoesNotExist_IsRefused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var buyer = await scene.AccountAsync("buyer");

        var outcome = await Buy(scene, buyer, 5);

        Assert.Equal(PurchaseProblem.UnknownOffer, outcome.Problem);
        Assert.Equal("There is no offer #5.", outcome.Message);
    }

    [Fact]
    public async Task Buy_APausedOffer_SaysItIsPaused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (seller, buyer, offerId) = await OfferAsync(scene);
        await scene.Get<OfferService>().PauseAsync(seller.UserId, offerId, CancellationToken.None);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.Paused, outcome.Problem);
        Assert.Equal($"Offer #{offerId} is paused: it sells no licences until its seller resumes it.", outcome.Message);
    }

    [Fact]
    public async Task Buy_AWithdrawnOffer_SaysItWasWithdrawn()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (seller, buyer, offerId) = await OfferAsync(scene);
        await scene.Get<OfferService>().WithdrawAsync(seller.UserId, offerId, CancellationToken.None);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.Withdrawn, outcome.Problem);
        Assert.Equal($"Offer #{offerId} has been withdrawn: it sells no more licences.", outcome.Message);
    }

    [Fact]
    public async Task Buy_ASoldOutOffer_SaysItIsSoldOut()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (_, buyer, offerId) = await OfferAsync(scene, maxSupply: 1);
        await Buy(scene, buyer, offerId);
        var latecomer = await scene.AccountAsync("latecomer");

        var outcome = await Buy(scene, latecomer, offerId);

        Assert.Equal(PurchaseProblem.SoldOut, outcome.Problem);
        Assert.Equal($"Offer #{offerId} is sold out: its cap of 1 has been reached.", outcome.Message);
    }

    [Fact]
    public async Task Buy_AnExclusiveOfferWhoseLicenceIsLive_SaysItIsTaken()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (_, buyer, offerId) = await OfferAsync(scene, exclusive: true);
        var first = await Buy(scene, buyer, offerId);
        var rival = await scene.AccountAsync("rival");

        var outcome = await Buy(scene, rival, offerId);

        Assert.Equal(PurchaseProblem.ExclusiveTaken, outcome.Problem);
        Assert.Equal($"Offer #{offerId} is exclusive and its licence #{first.LicenceId} is still valid.", outcome.Message);
    }

    [Fact]
    public async Task Buy_AnOfferOnTheBuyersOwnWork_IsRefused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (seller, _, offerId) = await OfferAsync(scene);

        var outcome = await Buy(scene, seller, offerId);

        Assert.Equal(PurchaseProblem.OwnWork, outcome.Problem);
        Assert.Equal("Work #1 is yours: you cannot buy a licence to your own work.", outcome.Message);
    }

    [Fact]
    public async Task Buy_AnOfferWhoseWorkChangedHands_SaysTheOfferNoLongerSells()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (seller, buyer, offerId) = await OfferAsync(scene);
        var newOwner = await scene.AccountAsync("new-owner");
        Assert.Null((await scene.Get<WorkTransfers>().TransferAsync(seller.UserId, 1, newOwner.Address, CancellationToken.None)).Problem);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.StaleOffer, outcome.Problem);
        Assert.Equal($"Offer #{offerId} no longer sells: work #1 has changed hands since it was made.", outcome.Message);
    }

    /// <summary>No check before sending looks at frozen sales: the refusal comes from the contract, at gas estimation.</summary>
    [Fact]
    public async Task Buy_WhenTheContractRefusesBecauseSalesAreFrozen_WordsTheContractsReason()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (_, buyer, offerId) = await OfferAsync(scene);
        await scene.Admin.GrantRoleRequestAndWaitForReceiptAsync(await scene.Admin.FreezerRoleQueryAsync(), scene.Admin.Web3.TransactionManager.Account.Address);
        await scene.Admin.SetSalesFrozenRequestAndWaitForReceiptAsync(1, true);
        var before = await scene.BalanceAsync(buyer.Address);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.SalesFrozen, outcome.Problem);
        Assert.Equal("Sales of licences to work #1 are frozen.", outcome.Message);
        Assert.Equal(before, await scene.BalanceAsync(buyer.Address));
    }

    [Fact]
    public async Task Buy_WithLessThanThePrice_SaysWhatTheAccountHoldsAndWhatTheLicenceCosts()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (_, buyer, offerId) = await OfferAsync(scene);
        await scene.SetBalanceAsync(buyer.Address, LicensingScene.Ether / 100);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.InsufficientFunds, outcome.Problem);
        Assert.Equal("Your account holds 0.01 ETH; the licence costs 0.05 ETH plus gas.", outcome.Message);
        Assert.Equal(["0.01 ETH", "0.05 ETH"], outcome.Arguments);
    }

    [Fact]
    public async Task Buy_WithExactlyThePriceButNothingForGas_SaysWhatTheAccountHoldsAndWhatTheLicenceCosts()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var (_, buyer, offerId) = await OfferAsync(scene);
        await scene.SetBalanceAsync(buyer.Address, LicensingScene.Ether / 20);

        var outcome = await Buy(scene, buyer, offerId);

        Assert.Equal(PurchaseProblem.InsufficientFunds, outcome.Problem);
        Assert.Equal("Your account holds 0.05 ETH; the licence costs 0.05 ETH plus gas.", outcome.Message);
        Assert.Equal(LicensingScene.Ether / 20, await scene.BalanceAsync(buyer.Address));
    }

    private static Task<PurchaseOutcome> Buy(LicensingScene scene, Party buyer, long offerId) =>
        scene.Get<LicencePurchases>().BuyAsync(buyer.UserId, offerId, CancellationToken.None);

    /// <summary>A seller with work #1 and an offer on it (0.05 ETH), and a buyer holding 10 ETH.</summary>
    private static async Task<(Party Seller, Party Buyer, long OfferId)> OfferAsync(LicensingScene scene, bool exclusive = false, int? maxSupply = null)
    {
        var seller = await scene.AccountAsync("seller");
        var buyer = await scene.AccountAsync("buyer");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller), exclusive: exclusive, maxSupply: maxSupply));
        return (seller, buyer, offerId);
    }
}
