using System.Numerics;
using Bunit;
using MudBlazor;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Core.Works;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Licensing;
using Registry.Web.Components.Pages.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

/// <summary>
/// The licensing pages against a real chain (fresh registry and licensing contracts on anvil), the indexer run step
/// by step: what the owner and a buyer click reaches the contract through the services, and the outcome is shown.
/// </summary>
[Collection("chain")]
public sealed class LicensingOnChainTests(AnvilFixture anvil) : IAsyncLifetime
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);
    private AccountPageTestContext _context = default!;
    private AccountSummary _owner = default!;
    private AccountSummary _buyer = default!;
    private long _workId;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        ((SwitchableChain)_context.Get<IChainConnectionProvider>()).Current =
            new ChainConnection(anvil.RpcUrl, AnvilFixture.ChainId, registry, ChainOptions.DevChainSignerKey, 0, WorkLicensingAddress: licensing);
        _owner = await FundedAccountAsync("owner@example.com");
        _buyer = await FundedAccountAsync("buyer@example.com");
        var key = await _context.Get<AccountKeys>().UnlockAsync(_owner.UserId, CancellationToken.None);
        var receipt = await new WorkRegistryService(anvil.CreateWeb3(key), registry)
            .RegisterRequestAndWaitForReceiptAsync(TestWorks.Register($"a work licensed on a page {Guid.NewGuid()}", (_owner.Address, TestWorks.WholeShare)));
        _workId = (long)receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Single().Event.WorkId;
        await IndexAsync();
    }

    [Fact]
    public async Task Owner_PublishesAnOfferWithTheForm_ThenPausesIt()
    {
        _context.SignInAs(_owner);
        var offers = await RenderOffersAsync();

        offers.Find("input[data-testid=offer-price-input]").Change("0.05");
        offers.Find("input[data-testid=offer-territories-input]").Change("de, fr");
        offers.Find("textarea[data-testid=offer-terms-input]").Change("Use in one campaign.");
        offers.Find("[data-testid=offer-publish]").Click();

        var published = offers.WaitForElement("[data-testid=offer-published]", TimeSpan.FromSeconds(30));
        Assert.Equal("1", published.GetAttribute("data-offer-id"));
        Assert.Equal("", offers.Find("input[data-testid=offer-price-input]").GetAttribute("value") ?? "");
        await IndexAsync();
        offers.WaitForAssertion(() => Assert.Equal("DE, FR", offers.Find("[data-testid=offer] [data-testid=offer-territory]").TextContent), TimeSpan.FromSeconds(30));

        offers.Find("[data-testid=offer-pause]").Click();

        offers.WaitForElement("[data-testid=offer-changed]", TimeSpan.FromSeconds(30));
        await IndexAsync();
        offers.WaitForAssertion(() => Assert.Equal("Paused by the owner", offers.Find("[data-testid=offer-availability]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Single(offers.FindAll("[data-testid=offer-resume]"));
    }

    [Fact]
    public async Task Buyer_ConfirmsThePurchase_GetsTheLicence_AndTheOwnerWithdrawsThePrice()
    {
        var offer = await _context.Get<OfferService>().CreateAsync(_owner.UserId,
            new OfferRequest(_workId, "0.05", 30, "commercial", "", false, true, null, "Use in one campaign."), CancellationToken.None);
        Assert.NotNull(offer.OfferId);
        await IndexAsync();
        _context.SignInAs(_buyer);
        var dialogs = _context.Bunit.Render<MudDialogProvider>();
        var offers = await RenderOffersAsync();

        offers.Find("[data-testid=buy-licence]").Click();
        dialogs.WaitForElement("[data-testid=buy-confirm]").Click();

        var done = offers.WaitForElement("[data-testid=buy-done]", TimeSpan.FromSeconds(30));
        Assert.Equal("1", done.GetAttribute("data-licence-id"));
        Assert.Equal("/licences/1", done.QuerySelector("[data-testid=buy-licence-link]")!.GetAttribute("href"));
        Assert.Equal("/api/licences/1/certificate", done.QuerySelector("[data-testid=buy-certificate]")!.GetAttribute("href"));
        Assert.Equal("licence-1.pdf", done.QuerySelector("[data-testid=buy-certificate]")!.GetAttribute("download"));
        Assert.StartsWith("Licence #1 is yours (transaction 0x", done.TextContent.Trim());

        _context.SignInAs(_owner);
        var earnings = _context.Bunit.Render<EarningsPage>();
        earnings.WaitForAssertion(() => Assert.Equal("50000000000000000", earnings.Find("[data-testid=withdrawable]").GetAttribute("data-wei")), TimeSpan.FromSeconds(10));

        earnings.Find("[data-testid=withdraw]").Click();

        var paid = earnings.WaitForElement("[data-testid=withdraw-done]", TimeSpan.FromSeconds(30));
        Assert.Equal("50000000000000000", paid.GetAttribute("data-wei"));
        Assert.StartsWith("0.05 ETH withdrawn in transaction 0x", paid.TextContent.Trim());
        earnings.WaitForAssertion(() => Assert.Equal("0 ETH", earnings.Find("[data-testid=withdrawable]").TextContent));
        Assert.True(earnings.Find("[data-testid=withdraw]").HasAttribute("disabled"));
    }

    private async Task<AccountSummary> FundedAccountAsync(string email)
    {
        var account = await _context.NewAccountAsync(email);
        await anvil.RpcAsync<object>("anvil_setBalance", account.Address, new HexBigInteger(10 * Ether).HexValue);
        return account;
    }

    private async Task<IRenderedComponent<WorkOffers>> RenderOffersAsync()
    {
        var work = await _context.Get<WorkCatalog>().GetAsync(_workId) ?? throw new InvalidOperationException("The work is not indexed.");
        return _context.Bunit.Render<WorkOffers>(p => p.Add(c => c.Work, work));
    }

    private Task IndexAsync() => _context.Get<IndexingPass>().RunAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
