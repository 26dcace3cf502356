using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Moderation;

namespace Registry.Tests.Web.Components.Disputes;

public sealed class ModerationQueueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly string Alice = LicensingRows.Address('a');
    private static readonly string Bob = LicensingRows.Address('b');
    private AccountPageTestContext _context = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        await LicensingRows.AddAsync(_context.Get<IDbContextFactory<RegistryDbContext>>(),
            ReadModelDatabase.Work(1, "Harbour at dawn"), ReadModelDatabase.Work(2, "港口的黎明"),
            DisputeRows.Dispute(10, 1, Alice, Now.AddDays(-3), claim: DisputeClaim.Copies, copiedWorkId: 2),
            DisputeRows.Dispute(11, 1, Bob, Now.AddDays(-40)),
            DisputeRows.Dispute(12, 2, Alice, Now.AddHours(-2), claim: DisputeClaim.Unlawful),
            DisputeRows.Dispute(13, 2, Bob, Now.AddDays(-10), DisputeStatus.Appealed, DisputeClaim.Copies, 1, DisputeRuling.Dismissed, appealedAt: Now.AddDays(-8)),
            DisputeRows.Dispute(14, 1, Bob, Now.AddDays(-50), DisputeStatus.Ruled, ruling: DisputeRuling.Flagged),
            DisputeRows.Dispute(15, 2, Bob, Now.AddDays(-60), DisputeStatus.Closed, ruling: DisputeRuling.Frozen));
        _context.SignInAs(await _context.NewAccountAsync("moderator@example.com"), RegistryRoles.Moderator);
    }

    [Fact]
    public void Queue_ShowsOpenAndAppealedDisputesOldestFirst_AndNoneRuledOrClosed()
    {
        var queue = Render("");

        Assert.Equal(["11", "13", "10", "12"], Rows(queue).Select(r => r.GetAttribute("data-dispute-id")));
        Assert.Equal(["Open", "Appealed", "Open", "Open"], queue.FindAll("[data-testid=dispute-row-status]").Select(s => s.TextContent));
        Assert.Equal("Says it copies work #2", queue.Find("[data-dispute-id='10'] [data-testid=dispute-row-claim]").TextContent);
        Assert.Equal("/moderation/11", queue.Find("[data-dispute-id='11'] [data-testid=dispute-row-link]").GetAttribute("href"));
    }

    [Fact]
    public void Queue_FilteredByClaim_ShowsOnlyDisputesWithThatClaim()
    {
        var queue = Render("?claim=copies");

        Assert.Equal(["13", "10"], Rows(queue).Select(r => r.GetAttribute("data-dispute-id")));
    }

    [Theory]
    [InlineData(1, new[] { "11", "13", "10" })]
    [InlineData(7, new[] { "11", "13" })]
    [InlineData(30, new[] { "11" })]
    public void Queue_FilteredByAge_ShowsOnlyDisputesWaitingLongerThanThat(int days, string[] expected)
    {
        var queue = Render($"?age={days}");

        Assert.Equal(expected, Rows(queue).Select(r => r.GetAttribute("data-dispute-id")));
    }

    [Fact]
    public void Queue_FilteredByClaimAndAge_KeepsOnlyWhatMatchesBoth()
    {
        var queue = Render("?claim=copies&age=7");

        Assert.Equal(["13"], Rows(queue).Select(r => r.GetAttribute("data-dispute-id")));
    }

    [Fact]
    public void Queue_WhenNothingMatches_SaysNoDisputeIsWaiting()
    {
        var queue = Render("?claim=unlawful&age=1");

        Assert.Equal("No disputes are waiting for a ruling.", queue.Find("[data-testid=moderation-queue-empty]").TextContent);
    }

    [Fact]
    public void Page_IsForModeratorsOnly()
    {
        var authorize = typeof(ModerationQueue).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), false)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().Single();

        Assert.Equal(RegistryRoles.Moderator, authorize.Roles);
    }

    /// <summary>The queue at /moderation with the query (its filters), once it has read the disputes.</summary>
    private IRenderedComponent<ModerationQueue> Render(string query)
    {
        _context.Get<NavigationManager>().NavigateTo("/moderation" + query);
        var queue = _context.Bunit.Render<ModerationQueue>();
        queue.WaitForElement("[data-testid=moderation-queue], [data-testid=moderation-queue-empty]", ComponentWaits.Rendered);
        return queue;
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<ModerationQueue> queue) => queue.FindAll("[data-testid=dispute-row]");

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
