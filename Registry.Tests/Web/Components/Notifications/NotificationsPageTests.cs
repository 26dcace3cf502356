using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Notifications;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Notifications;
using Registry.Web.Components.Pages.Notifications;

namespace Registry.Tests.Web.Components.Notifications;

public sealed class NotificationsPageTests : IAsyncLifetime
{
    private AccountPageTestContext _context = default!;
    private AccountSummary _me = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _me = await _context.NewAccountAsync("me@example.com");
        var me = _me.Address.ToLowerInvariant();
        await LicensingRows.AddAsync(Factory,
            DisputeRows.Notification(me, NotificationKind.DisputeOpened, 7, 4, LicensingRows.Sold, readAt: LicensingRows.Sold.AddHours(1)),
            DisputeRows.Notification(me, NotificationKind.DisputeRuled, 7, 4, LicensingRows.Sold.AddDays(2)),
            DisputeRows.Notification(me, NotificationKind.DisputeAppealed, 7, 4, LicensingRows.Sold.AddDays(1)),
            DisputeRows.Notification(LicensingRows.Address('e'), NotificationKind.DisputeRuled, 7, 4, LicensingRows.Sold.AddDays(2)));
        _context.SignInAs(_me);
    }

    [Fact]
    public async Task Page_ListsMyNotificationsNewestFirst_MarksTheUnreadNew_ThenMarksThemRead()
    {
        var page = _context.Bunit.Render<NotificationsPage>();

        page.WaitForElement("[data-testid=notification]", ComponentWaits.Rendered);
        Assert.Equal(["DisputeRuled", "DisputeAppealed", "DisputeOpened"], page.FindAll("[data-testid=notification]").Select(n => n.GetAttribute("data-kind")));
        Assert.Equal(["true", "true", "false"], page.FindAll("[data-testid=notification]").Select(n => n.GetAttribute("data-unread")));
        await WaitForUnreadAsync(0);
    }

    [Fact]
    public async Task Bell_CountsMyUnreadNotifications_AndDropsToNoneWhenThePageHasShownThem()
    {
        var bell = _context.Bunit.Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find("[data-testid=notification-count]").GetAttribute("data-count")), ComponentWaits.Rendered);
        Assert.Equal("/notifications", bell.Find("[data-testid=nav-notifications]").GetAttribute("href"));

        _context.Bunit.Render<NotificationsPage>();

        await WaitForUnreadAsync(0);
        bell.WaitForAssertion(() => Assert.Equal("0", bell.Find("[data-testid=notification-count]").GetAttribute("data-count")), ComponentWaits.Rendered);
    }

    [Fact]
    public async Task Page_WithoutNotifications_SaysSo()
    {
        _context.SignInAs(await _context.NewAccountAsync("quiet@example.com"));

        var page = _context.Bunit.Render<NotificationsPage>();

        page.WaitForAssertion(() => Assert.Equal("No notifications yet.", page.Find("[data-testid=no-notifications]").TextContent), ComponentWaits.Rendered);
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    private async Task WaitForUnreadAsync(int expected)
    {
        var inbox = _context.Get<NotificationInbox>();
        for (var i = 0; i < 100 && await inbox.UnreadCountAsync(_me.Address, CancellationToken.None) != expected; i++) await Task.Delay(50);
        Assert.Equal(expected, await inbox.UnreadCountAsync(_me.Address, CancellationToken.None));
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
