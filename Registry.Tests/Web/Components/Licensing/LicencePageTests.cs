using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class LicencePageTests : IAsyncLifetime
{
    private static readonly string Seller = LicensingRows.Address('a');
    private static readonly string Holder = LicensingRows.Address('b');
    private readonly PageTestContext _context = new();
    private Offer _offer = default!;

    public async Task InitializeAsync()
    {
        await using var db = await _context.DbAsync();
        _offer = LicensingRows.Offer(1, 7, Seller, territories: "DE,FR");
        await LicensingRows.AddAsync(Factory, ReadModelDatabase.Work(7, "Harbour at dawn", owner: Seller), _offer);
    }

    [Fact]
    public async Task Licence_WhenValid_SaysValidNowAndUntilWhen_WithItsFacts()
    {
        var until = DateTimeOffset.UtcNow.AddDays(200);
        var licence = LicensingRows.Licence(12, _offer, Holder, until);
        await LicensingRows.AddAsync(Factory, licence);

        var page = Render(12);

        Assert.Equal("Valid", page.Find("[data-testid=licence-verdict]").GetAttribute("data-status"));
        Assert.Equal("Valid now", page.Find("[data-testid=licence-verdict-text]").TextContent);
        Assert.Equal($"It is valid until {until.UtcDateTime:f} UTC.", page.Find("[data-testid=licence-reason]").TextContent);
        Assert.Equal("#7 Harbour at dawn", page.Find("[data-testid=licence-work]").TextContent);
        Assert.Equal("/works/7", page.Find("[data-testid=licence-work]").GetAttribute("href"));
        Assert.Equal(Holder, page.Find("[data-testid=licence-holder]").TextContent);
        Assert.Equal("Commercial", page.Find("[data-testid=licence-usage]").TextContent);
        Assert.Equal("DE, FR", page.Find("[data-testid=licence-territory]").TextContent);
        Assert.Equal("0.05 ETH", page.Find("[data-testid=licence-price]").TextContent);
        Assert.Equal(licence.TransactionHash, page.Find("[data-testid=licence-tx]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=licence-buyer]"));
    }

    [Fact]
    public async Task Licence_WhenPerpetual_SaysItNeverExpires()
    {
        await LicensingRows.AddAsync(Factory, LicensingRows.Licence(13, _offer, Holder, validUntil: null));

        var page = Render(13);

        Assert.Equal("Valid now", page.Find("[data-testid=licence-verdict-text]").TextContent);
        Assert.Equal("It is perpetual: it never expires.", page.Find("[data-testid=licence-reason]").TextContent);
        Assert.Equal("Never (perpetual)", page.Find("[data-testid=licence-valid-until]").TextContent);
    }

    [Fact]
    public async Task Licence_WhenExpired_SaysNotValidAndSinceWhen()
    {
        var until = DateTimeOffset.UtcNow.AddDays(-3);
        await LicensingRows.AddAsync(Factory, LicensingRows.Licence(14, _offer, Holder, until, validFrom: until.AddDays(-365)));

        var page = Render(14);

        Assert.Equal("Expired", page.Find("[data-testid=licence-verdict]").GetAttribute("data-status"));
        Assert.Equal("Not valid: expired", page.Find("[data-testid=licence-verdict-text]").TextContent);
        Assert.Equal($"It expired on {until.UtcDateTime:f} UTC.", page.Find("[data-testid=licence-reason]").TextContent);
    }

    [Fact]
    public async Task Licence_WhenRevoked_SaysNotValidBecauseRevoked_EvenBeforeItWouldExpire()
    {
        await LicensingRows.AddAsync(Factory, LicensingRows.Licence(15, _offer, Holder, DateTimeOffset.UtcNow.AddDays(100), revoked: true));

        var page = Render(15);

        Assert.Equal("Revoked", page.Find("[data-testid=licence-verdict]").GetAttribute("data-status"));
        Assert.Equal("Not valid: revoked", page.Find("[data-testid=licence-verdict-text]").TextContent);
        Assert.Equal("It was revoked by a ruling on a dispute.", page.Find("[data-testid=licence-reason]").TextContent);
    }

    [Fact]
    public async Task Licence_WhenTransferred_NamesItsHolderAndItsBuyer()
    {
        var buyer = LicensingRows.Address('c');
        await LicensingRows.AddAsync(Factory, LicensingRows.Licence(16, _offer, Holder, validUntil: null, buyer: buyer));

        var page = Render(16);

        Assert.Equal(Holder, page.Find("[data-testid=licence-holder]").TextContent);
        Assert.Equal(buyer, page.Find("[data-testid=licence-buyer]").TextContent);
    }

    [Fact]
    public void Licence_WhenUnknown_SaysThereIsNoneYet()
    {
        var page = Render(99);

        Assert.Equal("There is no licence #99 (yet). A licence bought a moment ago appears within seconds.", page.Find("[data-testid=licence-not-found]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=licence-verdict]"));
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Bunit.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();

    private IRenderedComponent<LicencePage> Render(long id) => _context.Bunit.Render<LicencePage>(p => p.Add(c => c.Id, id));

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
