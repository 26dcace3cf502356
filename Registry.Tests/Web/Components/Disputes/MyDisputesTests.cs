using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Disputes;

namespace Registry.Tests.Web.Components.Disputes;

public sealed class MyDisputesTests : IAsyncLifetime
{
    private static readonly string Stranger = LicensingRows.Address('e');
    private AccountPageTestContext _context = default!;
    private AccountSummary _me = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _me = await _context.NewAccountAsync("me@example.com");
        var me = _me.Address.ToLowerInvariant();
        await LicensingRows.AddAsync(_context.Get<IDbContextFactory<RegistryDbContext>>(),
            ReadModelDatabase.Work(1, "My harbour", owner: me), ReadModelDatabase.Work(2, "Their lighthouse", owner: Stranger),
            DisputeRows.Dispute(10, 2, me, LicensingRows.Sold, DisputeStatus.Ruled, ruling: DisputeRuling.Frozen),
            DisputeRows.Dispute(11, 2, me, LicensingRows.Sold.AddDays(2), claim: DisputeClaim.Unlawful),
            DisputeRows.Dispute(12, 1, Stranger, LicensingRows.Sold.AddDays(1), DisputeStatus.Open, DisputeClaim.Copies, 2),
            DisputeRows.Dispute(13, 2, Stranger, LicensingRows.Sold.AddDays(3)));
        _context.SignInAs(_me);
    }

    [Fact]
    public void Page_ListsTheDisputesIOpened_AndThoseOnMyWorks_NewestFirst_WithStatusAndRuling()
    {
        var page = _context.Bunit.Render<MyDisputes>();
        page.WaitForElement("[data-testid=my-claims]", ComponentWaits.Rendered);

        var mine = page.FindAll("[data-testid=my-claims] [data-testid=dispute-row]");
        Assert.Equal(["11", "10"], mine.Select(r => r.GetAttribute("data-dispute-id")));
        Assert.Equal(["Open", "Ruled"], mine.Select(r => r.QuerySelector("[data-testid=dispute-row-status]")!.TextContent));
        Assert.Equal(["", "Upheld – Frozen"], mine.Select(r => r.QuerySelector("[data-testid=dispute-row-ruling]")!.TextContent));
        Assert.Equal("/disputes/11", mine[0].QuerySelector("[data-testid=dispute-row-link]")!.GetAttribute("href"));
        var onMyWorks = page.FindAll("[data-testid=on-my-works] [data-testid=dispute-row]");
        Assert.Equal(["12"], onMyWorks.Select(r => r.GetAttribute("data-dispute-id")));
        Assert.Equal("#1 My harbour", onMyWorks[0].QuerySelector("[data-testid=dispute-row-work]")!.TextContent);
    }

    [Fact]
    public async Task Page_ForAnAccountWithoutDisputes_SaysSoInBothLists()
    {
        _context.SignInAs(await _context.NewAccountAsync("quiet@example.com"));

        var page = _context.Bunit.Render<MyDisputes>();

        page.WaitForAssertion(() => Assert.Equal("You have opened no disputes.", page.Find("[data-testid=my-claims-empty]").TextContent), ComponentWaits.Rendered);
        Assert.Equal("No disputes have been opened on your works.", page.Find("[data-testid=on-my-works-empty]").TextContent);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
