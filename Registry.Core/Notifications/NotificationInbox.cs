using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Notifications;

/// <summary>An account's in-app notifications (made by the indexer), by its address.</summary>
public sealed class NotificationInbox(IDbContextFactory<RegistryDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxLimit = 500;

    /// <summary>The newest <paramref name="limit"/> (1–500) notifications of the address, newest first.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(string address, int limit, CancellationToken cancellationToken)
    {
        var recipient = Normalize(address);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().Where(n => n.Recipient == recipient)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> UnreadCountAsync(string address, CancellationToken cancellationToken)
    {
        var recipient = Normalize(address);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.Recipient == recipient && n.ReadAt == null, cancellationToken);
    }

    /// <summary>Marks every unread notification of the address read, now.</summary>
    public async Task MarkAllReadAsync(string address, CancellationToken cancellationToken)
    {
        var recipient = Normalize(address);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Recipient == recipient && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private static string Normalize(string address) => address.Trim().ToLowerInvariant();
}
