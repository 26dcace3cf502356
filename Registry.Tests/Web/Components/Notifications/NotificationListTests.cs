using Bunit;
using Registry.Core.Notifications;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Notifications;

namespace Registry.Tests.Web.Components.Notifications;

public sealed class NotificationListTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void List_SaysWhatHappenedToWhichDisputeAndWork_AndMarksTheUnreadNew()
    {
        var list = _context.Bunit.Render<NotificationList>(p => p.Add(l => l.Notifications,
        [
            Notice(NotificationKind.AppealRuled, read: false),
            Notice(NotificationKind.DisputeAppealed, read: false),
            Notice(NotificationKind.DisputeRuled, read: true),
            Notice(NotificationKind.DisputeOpened, read: true),
        ]));

        var items = list.FindAll("[data-testid=notification]");
        Assert.Equal(
            ["The appeal in dispute #4 (work #7) was ruled.", "The ruling on dispute #4 (work #7) was appealed.", "Dispute #4 on work #7 was ruled.", "Dispute #4 was opened on work #7."],
            list.FindAll("[data-testid=notification-text]").Select(t => t.TextContent));
        Assert.Equal(["true", "true", "false", "false"], items.Select(i => i.GetAttribute("data-unread")));
        Assert.Equal(2, list.FindAll("[data-testid=notification-new]").Count);
        Assert.All(list.FindAll("[data-testid=notification-dispute]"), a => Assert.Equal("/disputes/4", a.GetAttribute("href")));
        Assert.All(list.FindAll("[data-testid=notification-work]"), a => Assert.Equal("/works/7", a.GetAttribute("href")));
    }

    private static Notification Notice(NotificationKind kind, bool read) => new()
    {
        Recipient = LicensingRows.Address('a'),
        Kind = kind,
        WorkId = 7,
        DisputeId = 4,
        CreatedAt = LicensingRows.Sold,
        ReadAt = read ? LicensingRows.Sold.AddHours(1) : null,
        BlockNumber = 1,
        TransactionHash = "0x" + new string('1', 64),
    };

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
