using System.Text;
using Nethereum.Contracts;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>Offers made, paused, resumed and withdrawn through the service, on anvil, by the accounts' custodial keys.</summary>
[Collection("chain")]
public sealed class OfferServiceTests(AnvilFixture anvil)
{
    private OfferService Offers(LicensingScene scene) => scene.Get<OfferService>();

    [Fact]
    public async Task Create_ByTheWorksOwner_PublishesTheOfferWithItsTermsOnTheContentStore()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var workId = await scene.RegisterWorkAsync(seller);

        var outcome = await Offers(scene).CreateAsync(seller.UserId, LicensingScene.Request(workId) with { Territories = "fr, de" }, CancellationToken.None);

        Assert.Null(outcome.Problem);
        Assert.Equal(1, outcome.OfferId);
        var created = (await scene.ReceiptAsync(outcome.TransactionHash!)).DecodeAllEvents<OfferCreatedEventDTO>().Single().Event;
        Assert.Equal(workId, (long)created.WorkId);
        Assert.Equal(seller.Address, created.Seller, ignoreCase: true);
        Assert.Equal(LicensingScene.Ether / 20, created.Price);
        Assert.Equal((30u, (byte)LicenceUsage.Commercial, true), (created.DurationDays, created.Usage, created.Transferable));
        Assert.Equal(["DE", "FR"], created.Territories.Select(Encoding.ASCII.GetString));
        await using var terms = await scene.Get<IContentStore>().OpenReadAsync(Cid.FromBytes(created.TermsCid), CancellationToken.None);
        Assert.Equal("Use in one campaign; credit the author.", await new StreamReader(terms).ReadToEndAsync());
        var stored = (await scene.Get<LicensingGateway>().GetOfferAsync(1, CancellationToken.None))!;
        Assert.Equal((OfferStatus.Active, 0, 0), (stored.Status, stored.MaxSupply, stored.Sold));
    }

    [Fact]
    public async Task Create_OnAWorkTheCallerDoesNotOwn_IsRefused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var other = await scene.AccountAsync("other");
        var workId = await scene.RegisterWorkAsync(owner);

        var outcome = await Offers(scene).CreateAsync(other.UserId, LicensingScene.Request(workId), CancellationToken.None);

        Assert.Equal(OfferProblem.NotOwner, outcome.Problem);
        Assert.Equal($"Only the owner of work #{workId} can offer licences for it.", outcome.Message);
        Assert.Equal([workId.ToString()], outcome.Arguments);
        Assert.Null(await scene.Get<LicensingGateway>().GetOfferAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task Create_OnAWorkThatDoesNotExist_IsRefused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");

        var outcome = await Offers(scene).CreateAsync(seller.UserId, LicensingScene.Request(999), CancellationToken.None);

        Assert.Equal(OfferProblem.UnknownWork, outcome.Problem);
        Assert.Equal("There is no work #999.", outcome.Message);
    }

    [Fact]
    public async Task Create_ByAnOwnerWithoutEtherForGas_SaysSo()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var workId = await scene.RegisterWorkAsync(seller);
        await scene.SetBalanceAsync(seller.Address, 0);

        var outcome = await Offers(scene).CreateAsync(seller.UserId, LicensingScene.Request(workId), CancellationToken.None);

        Assert.Equal(OfferProblem.NoFunds, outcome.Problem);
        Assert.Equal("Your account holds 0 ETH, too little to pay for the transaction's gas.", outcome.Message);
    }

    [Fact]
    public async Task PauseThenResume_ByTheSeller_ChangesTheOffersStatusOnChain()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));
        var gateway = scene.Get<LicensingGateway>();

        var paused = await Offers(scene).PauseAsync(seller.UserId, offerId, CancellationToken.None);
        var statusWhilePaused = (await gateway.GetOfferAsync(offerId, CancellationToken.None))!.Status;
        var resumed = await Offers(scene).ResumeAsync(seller.UserId, offerId, CancellationToken.None);

        Assert.Equal((offerId, null), (paused.OfferId, paused.Problem));
        Assert.Single((await scene.ReceiptAsync(paused.TransactionHash!)).DecodeAllEvents<OfferPausedEventDTO>());
        Assert.Equal(OfferStatus.Paused, statusWhilePaused);
        Assert.Null(resumed.Problem);
        Assert.Equal(OfferStatus.Active, (await gateway.GetOfferAsync(offerId, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData(OfferChange.Pause, "Only the seller of offer #1 can pause it.")]
    [InlineData(OfferChange.Resume, "Only the seller of offer #1 can resume it.")]
    [InlineData(OfferChange.Withdraw, "Only the seller of offer #1 can withdraw it.")]
    public async Task Change_BySomeoneWhoIsNotTheSeller_IsRefused(OfferChange change, string message)
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var other = await scene.AccountAsync("other");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));

        var outcome = await Offers(scene).ChangeAsync(other.UserId, offerId, change, CancellationToken.None);

        Assert.Equal(OfferProblem.NotSeller, outcome.Problem);
        Assert.Equal(message, outcome.Message);
    }

    [Fact]
    public async Task Pause_OfAPausedOffer_SaysItIsPausedAlready()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));
        await Offers(scene).PauseAsync(seller.UserId, offerId, CancellationToken.None);

        var outcome = await Offers(scene).PauseAsync(seller.UserId, offerId, CancellationToken.None);

        Assert.Equal(OfferProblem.AlreadyPaused, outcome.Problem);
        Assert.Equal($"Offer #{offerId} is paused already.", outcome.Message);
    }

    [Fact]
    public async Task Resume_OfAnActiveOffer_SaysItIsNotPaused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));

        var outcome = await Offers(scene).ResumeAsync(seller.UserId, offerId, CancellationToken.None);

        Assert.Equal(OfferProblem.NotPaused, outcome.Problem);
        Assert.Equal($"Offer #{offerId} is not paused, so it cannot be resumed.", outcome.Message);
    }

    [Theory]
    [InlineData(OfferChange.Pause)]
    [InlineData(OfferChange.Resume)]
    [InlineData(OfferChange.Withdraw)]
    public async Task Change_OfAWithdrawnOffer_SaysItCanNoLongerBeChanged(OfferChange change)
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));
        var withdrawn = await Offers(scene).WithdrawAsync(seller.UserId, offerId, CancellationToken.None);

        var outcome = await Offers(scene).ChangeAsync(seller.UserId, offerId, change, CancellationToken.None);

        Assert.Null(withdrawn.Problem);
        Assert.Equal(OfferProblem.OfferWithdrawn, outcome.Problem);
        Assert.Equal($"Offer #{offerId} has been withdrawn: it can no longer be changed.", outcome.Message);
    }

    [Fact]
    public async Task Pause_OfAnOfferThatDoesNotExist_IsRefused()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");

        var outcome = await Offers(scene).PauseAsync(seller.UserId, 42, CancellationToken.None);

        Assert.Equal(OfferProblem.UnknownOffer, outcome.Problem);
        Assert.Equal("There is no offer #42.", outcome.Message);
    }
}
