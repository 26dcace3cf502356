using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class MyLicencesTests : IAsyncLifetime
{
    private static readonly string Seller = LicensingRows.Address('a');
    private AccountPageTestContext _context = default!;
    private AccountSummary _licensee = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _licensee = await _context.NewAccountAsync("licensee@example.com");
        _context.SignInAs(_licensee);
    }

    [Fact]
    public async Task MyLicences_ListTheAccountsLicencesNewestFirst_WithWorkUsageTerritoryValidityStatusAndCertificate()
    {
        var print = LicensingRows.Offer(1, 7, Seller, territories: "DE,FR");
        var broadcast = LicensingRows.Offer(2, 8, Seller, usage: LicenceUsage.Broadcast);
        var until = DateTimeOffset.UtcNow.AddDays(90);
        await LicensingRows.AddAsync(Factory,
            ReadModelDatabase.Work(7, "Harbour at dawn", owner: Seller), ReadModelDatabase.Work(8, "Tide", owner: Seller), print, broadcast,
            LicensingRows.Licence(21, print, _licensee.Address, until),
            LicensingRows.Licence(22, broadcast, _licensee.Address, DateTimeOffset.UtcNow.AddDays(-1), validFrom: DateTimeOffset.UtcNow.AddDays(-30)),
            LicensingRows.Licence(23, print, _licensee.Address, validUntil: null, revoked: true),
            LicensingRows.Licence(24, print, LicensingRows.Address('f'), validUntil: null));

        var page = _context.Bunit.Render<MyLicences>();

        var rows = page.FindAll("[data-testid=licence-row]");
        Assert.Equal(["23", "22", "21"], rows.Select(r => r.GetAttribute("data-licence-id")));
        var valid = rows[2];
        Assert.Equal("/licences/21", valid.QuerySelector("[data-testid=licence-link]")!.GetAttribute("href"));
        Assert.Equal("#7 Harbour at dawn", valid.QuerySelector("[data-testid=licence-work]")!.TextContent);
        Assert.Equal("/works/7", valid.QuerySelector("[data-testid=licence-work]")!.GetAttribute("href"));
        Assert.Equal("Commercial", valid.QuerySelector("[data-testid=licence-usage]")!.TextContent);
        Assert.Equal("DE, FR", valid.QuerySelector("[data-testid=licence-territory]")!.TextContent);
        Assert.Equal($"{until.UtcDateTime:f} UTC", valid.QuerySelector("[data-testid=licence-valid-until]")!.TextContent);
        Assert.Equal("/api/licences/21/certificate", valid.QuerySelector("[data-testid=licence-certificate]")!.GetAttribute("href"));
        Assert.Equal("licence-21.pdf", valid.QuerySelector("[data-testid=licence-certificate]")!.GetAttribute("download"));
        Assert.Equal(["Revoked", "Expired", "Valid"], rows.Select(r => r.QuerySelector("[data-testid=licence-status]")!.TextContent.Trim()));
        Assert.Equal("Broadcast", rows[1].QuerySelector("[data-testid=licence-usage]")!.TextContent);
        Assert.Equal("Worldwide", rows[1].QuerySelector("[data-testid=licence-territory]")!.TextContent);
        Assert.Equal("Never (perpetual)", rows[0].QuerySelector("[data-testid=licence-valid-until]")!.TextContent);
    }

    [Fact]
    public void MyLicences_WhenTheAccountHoldsNone_SaysSo()
    {
        var page = _context.Bunit.Render<MyLicences>();

        Assert.Equal("You hold no licences yet.", page.Find("[data-testid=no-licences]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=licence-row]"));
    }

    [Fact]
    public async Task MyLicences_WhenTheLicenceJustBoughtIsNotIndexedYet_SaysSoThenListsItOnceIndexed()
    {
        var print = LicensingRows.Offer(1, 7, Seller);
        await LicensingRows.AddAsync(Factory, ReadModelDatabase.Work(7, "Harbour at dawn", owner: Seller), print);

        _context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/licences?licence=31");
        var page = _context.Bunit.Render<MyLicences>();

        Assert.Equal("Licence #31 is bought; it appears here as soon as the registry has read it from the chain.", page.Find("[data-testid=licence-pending]").TextContent);
        await LicensingRows.AddAsync(Factory, LicensingRows.Licence(31, print, _licensee.Address, validUntil: null));
        page.WaitForAssertion(() => Assert.Equal("31", page.Find("[data-testid=licence-row]").GetAttribute("data-licence-id")), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=licence-pending]")), TimeSpan.FromSeconds(10));
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
