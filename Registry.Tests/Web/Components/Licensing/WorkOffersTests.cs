using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Registry.Core.Accounts;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class WorkOffersTests : IAsyncLifetime
{
    private AccountPageTestContext _context = default!;
    private AccountSummary _owner = default!;
    private AccountSummary _buyer = default!;
    private Work _work = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _owner = await _context.NewAccountAsync("owner@example.com");
        _buyer = await _context.NewAccountAsync("buyer@example.com");
        _work = ReadModelDatabase.Work(7, "Harbour at dawn", owner: _owner.Address);
        var onSale = LicensingRows.Offer(1, 7, _owner.Address, price: "50000000000000000", durationDays: 365);
        var paused = LicensingRows.Offer(2, 7, _owner.Address, usage: LicenceUsage.Editorial, status: OfferStatus.Paused);
        var soldOut = LicensingRows.Offer(3, 7, _owner.Address, durationDays: 0, maxSupply: 2, sold: 2, territories: "DE,FR");
        await LicensingRows.AddAsync(Factory, _work, onSale, paused, soldOut);
    }

    [Fact]
    public void Offers_ShowEachOffersFactsAndWhetherItCanBeBought()
    {
        _context.SignInAs(_buyer);

        var offers = Render();

        var cards = offers.FindAll("[data-testid=offer]");
        Assert.Equal(["1", "2", "3"], cards.Select(c => c.GetAttribute("data-offer-id")));
        Assert.Equal(["On sale", "Paused by the owner", "Sold out"], offers.FindAll("[data-testid=offer-availability]").Select(c => c.TextContent.Trim()));
        Assert.Equal("0.05 ETH", Fact(cards[0], "offer-price"));
        Assert.Equal("Commercial", Fact(cards[0], "offer-usage"));
        Assert.Equal("365 days", Fact(cards[0], "offer-duration"));
        Assert.Equal("Worldwide", Fact(cards[0], "offer-territory"));
        Assert.Equal("No limit", Fact(cards[0], "offer-remaining"));
        Assert.Equal("Editorial", Fact(cards[1], "offer-usage"));
        Assert.Equal("Perpetual", Fact(cards[2], "offer-duration"));
        Assert.Equal("DE, FR", Fact(cards[2], "offer-territory"));
        Assert.Equal("0 of 2", Fact(cards[2], "offer-remaining"));
        Assert.Equal("No", Fact(cards[2], "offer-exclusive"));
        Assert.Equal("Yes", Fact(cards[2], "offer-transferable"));
    }

    [Fact]
    public void Offers_ForAnotherAccount_OfferBuyOnlyWhereTheOfferSells_AndNoOwnerControls()
    {
        _context.SignInAs(_buyer);

        var offers = Render();

        var buy = offers.FindAll("[data-testid=buy-licence]");
        Assert.Single(buy);
        Assert.Equal("1", buy[0].Closest("[data-testid=offer]")!.GetAttribute("data-offer-id"));
        Assert.Empty(offers.FindAll("[data-testid=offer-pause], [data-testid=offer-resume], [data-testid=offer-withdraw]"));
        Assert.Empty(offers.FindAll("[data-testid=new-offer]"));
    }

    [Fact]
    public void Offers_ForAnotherAccount_WhereAnOfferDoesNotSell_ShowADisabledBuyButtonSayingWhy()
    {
        _context.SignInAs(_buyer);

        var offers = Render();

        var unavailable = offers.FindAll("[data-testid=buy-unavailable]");
        Assert.Equal(["Paused by the owner", "Sold out"], unavailable.Select(b => b.TextContent.Trim()));
        Assert.All(unavailable, b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public async Task Offers_WhenARulingFrozeTheWorksSales_SayWhyOnTheBuyButton()
    {
        await LicensingRows.AddAsync(Factory, new WorkEvent
        {
            WorkId = 7, Kind = WorkEventKind.SalesFrozen, From = LicensingRows.Address('c'), BlockNumber = 2, BlockHash = "0x" + new string('f', 64),
            TransactionHash = "0x" + new string('2', 64), LogIndex = 0, Timestamp = LicensingRows.Sold,
        });
        _context.SignInAs(_buyer);

        var offers = Render();

        Assert.Empty(offers.FindAll("[data-testid=buy-licence]"));
        var button = offers.Find("[data-testid=offer][data-offer-id='1'] [data-testid=buy-unavailable]");
        Assert.Equal("Not for sale: a dispute ruling froze this work's licence sales", button.TextContent.Trim());
        Assert.True(button.HasAttribute("disabled"));
    }

    [Fact]
    public void Offers_ForTheOwner_HideBuy_AndOfferPauseResumeWithdrawAndTheForm()
    {
        _context.SignInAs(_owner);

        var offers = Render();

        Assert.Empty(offers.FindAll("[data-testid=buy-licence]"));
        var cards = offers.FindAll("[data-testid=offer]");
        Assert.Equal(["offer-pause", "offer-withdraw"], Controls(cards[0]));
        Assert.Equal(["offer-resume", "offer-withdraw"], Controls(cards[1]));
        Assert.Equal(["offer-pause", "offer-withdraw"], Controls(cards[2]));
        Assert.Single(offers.FindAll("[data-testid=new-offer]"));
    }

    [Fact]
    public void Offers_ForAVisitor_ShowTheOffersWithoutBuyOrControls()
    {
        var offers = Render();

        Assert.Equal(3, offers.FindAll("[data-testid=offer]").Count);
        Assert.Empty(offers.FindAll("[data-testid=buy-licence], [data-testid=buy-unavailable], [data-testid=offer-pause], [data-testid=offer-resume], [data-testid=offer-withdraw], [data-testid=new-offer]"));
    }

    [Fact]
    public async Task Offers_WhenAnExclusiveOffersLicenceIsLive_SayTakenUntilItEnds()
    {
        var exclusive = LicensingRows.Offer(4, 7, _owner.Address, exclusive: true);
        var until = DateTimeOffset.UtcNow.AddDays(30);
        await LicensingRows.AddAsync(Factory, exclusive, LicensingRows.Licence(9, exclusive, LicensingRows.Address('b'), until));
        _context.SignInAs(_buyer);

        var offers = Render();

        var card = offers.Find("[data-testid=offer][data-offer-id='4']");
        Assert.Equal($"Taken: its exclusive licence is live until {until.UtcDateTime:f} UTC", card.QuerySelector("[data-testid=offer-availability]")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("[data-testid=buy-licence]"));
    }

    [Fact]
    public async Task Offers_WhenTheWorkHasNone_SaySo()
    {
        await using (var db = await Factory.CreateDbContextAsync())
            await db.Offers.ExecuteDeleteAsync();

        var offers = Render();

        Assert.Equal("No licences are offered for this work.", offers.Find("[data-testid=no-offers]").TextContent);
    }

    [Fact]
    public void Buy_AsksForConfirmationWithThePriceAndTheTerms_AndCancelSendsNothing()
    {
        _context.SignInAs(_buyer);
        var dialogs = _context.Bunit.Render<MudDialogProvider>();
        var offers = Render();

        offers.Find("[data-testid=buy-licence]").Click();

        var dialog = dialogs.WaitForElement("[data-testid=buy-dialog]");
        Assert.Equal("Your account pays 0.05 ETH and signs the purchase. The licence is yours once the transaction is confirmed.",
            dialog.QuerySelector("[data-testid=buy-dialog-intro]")!.TextContent);
        Assert.Equal("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", dialog.QuerySelector("[data-testid=offer-terms-cid]")!.TextContent);
        Assert.Contains("Buy a licence to “Harbour at dawn”", dialogs.Markup);
        Assert.Equal("Pay 0.05 ETH", dialogs.Find("[data-testid=buy-confirm]").TextContent.Trim());

        dialogs.Find("[data-testid=buy-cancel]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=buy-dialog]")));
        Assert.Empty(offers.FindAll("[data-testid=offer-progress], [data-testid=offer-problem], [data-testid=buy-done]"));
    }

    [Fact]
    public void Buy_WhenConfirmedButTheChainCannotBeReached_SaysSoUnderTheOffer()
    {
        _context.SignInAs(_buyer);
        var dialogs = _context.Bunit.Render<MudDialogProvider>();
        var offers = Render();

        offers.Find("[data-testid=buy-licence]").Click();
        dialogs.WaitForElement("[data-testid=buy-confirm]").Click();

        var problem = offers.WaitForElement("[data-testid=offer] [data-testid=offer-problem]", TimeSpan.FromSeconds(10));
        Assert.StartsWith("The chain is unavailable. ", problem.TextContent.Trim());
        Assert.Equal("1", problem.Closest("[data-testid=offer]")!.GetAttribute("data-offer-id"));
        Assert.Empty(offers.FindAll("[data-testid=buy-done]"));
    }

    [Fact]
    public void Publish_ByTheOwner_SendsTheFormsOfferToTheService_WhichSaysTheChainCannotBeReached()
    {
        _context.SignInAs(_owner);
        var offers = Render();

        offers.Find("input[data-testid=offer-price-input]").Change("0.05");
        offers.Find("textarea[data-testid=offer-terms-input]").Change("Use in print.");
        offers.Find("[data-testid=offer-publish]").Click();

        var problem = offers.WaitForElement("[data-testid=offer-publish-problem]", TimeSpan.FromSeconds(10));
        Assert.StartsWith("The chain is unavailable. ", problem.TextContent.Trim());
        Assert.Empty(offers.FindAll("[data-testid=offer-published]"));
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    private IRenderedComponent<WorkOffers> Render() => _context.Bunit.Render<WorkOffers>(p => p.Add(c => c.Work, _work));

    private static string Fact(AngleSharp.Dom.IElement card, string testId) => card.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static IEnumerable<string?> Controls(AngleSharp.Dom.IElement card) =>
        card.QuerySelectorAll("[data-testid^=offer-pause], [data-testid^=offer-resume], [data-testid^=offer-withdraw]").Select(b => b.GetAttribute("data-testid"));

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
