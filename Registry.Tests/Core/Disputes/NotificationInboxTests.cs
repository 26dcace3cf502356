using Registry.Core.Notifications;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>An account's notifications over a real SQLite read model, written as the indexer would.</summary>
public sealed class NotificationInboxTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Owner = LicensingRows.Address('a');
    private static readonly string Licensee = LicensingRows.Address('b');

    private ReadModelDatabase _database = default!;
    private NotificationInbox _inbox = default!;

    public async Task InitializeAsync()
    {
        _database = await ReadModelDatabase.CreateAsync();
        _inbox = new NotificationInbox(_database.Factory, TimeProvider.System);
        await LicensingRows.AddAsync(_database.Factory,
            DisputeRows.Notification(Owner, NotificationKind.DisputeOpened, 1, 1, Now.AddDays(-3), readAt: Now.AddDays(-2)),
            DisputeRows.Notification(Owner, NotificationKind.DisputeRuled, 1, 1, Now.AddDays(-1)),
            DisputeRows.Notification(Owner, NotificationKind.DisputeAppealed, 1, 1, Now.AddHours(-1)),
            DisputeRows.Notification(Licensee, NotificationKind.DisputeOpened, 1, 1, Now.AddDays(-3)));
    }

    [Fact]
    public async Task List_ShowsOnlyTheAddressesOwnNewestFirst()
    {
        var list = await _inbox.ListAsync(Owner.ToUpperInvariant().Replace("0X", "0x"), 10, CancellationToken.None);

        Assert.Equal([NotificationKind.DisputeAppealed, NotificationKind.DisputeRuled, NotificationKind.DisputeOpened], list.Select(n => n.Kind));
        Assert.Equal([NotificationKind.DisputeAppealed], (await _inbox.ListAsync(Owner, 1, CancellationToken.None)).Select(n => n.Kind));
    }

    [Fact]
    public async Task MarkAllRead_LeavesNoneUnreadForTheAddressAndTouchesNoOtherAddress()
    {
        Assert.Equal(2, await _inbox.UnreadCountAsync(Owner, CancellationToken.None));

        await _inbox.MarkAllReadAsync(Owner, CancellationToken.None);

        Assert.Equal(0, await _inbox.UnreadCountAsync(Owner, CancellationToken.None));
        Assert.Equal(1, await _inbox.UnreadCountAsync(Licensee, CancellationToken.None));
        var opened = (await _inbox.ListAsync(Owner, 10, CancellationToken.None)).Last();
        Assert.Equal(Now.AddDays(-2), opened.ReadAt);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
