using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Rebuilds the read model from the chain: drops every row the indexer derived from it (works, timelines, offers,
/// licences, payments, withdrawals, disputes, notifications, checkpoint, kept headers) in one transaction, indexes
/// the chain again up to its head, and reads the works' metadata documents. What people made in the app stays:
/// accounts, tokens, moderator grants, moderation audit, registrations in flight, and which notifications were read.
/// </summary>
public sealed class ReadModelRebuild(IDbContextFactory<RegistryDbContext> dbFactory, ChainIndexer indexer, MetadataResolver metadata)
{
    /// <returns>The events written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var reads = await ClearAsync(cancellationToken);
        var written = await indexer.CatchUpAsync(cancellationToken);
        await ResolveMetadataAsync(cancellationToken);
        await RestoreReadsAsync(reads, cancellationToken);
        return written;
    }

    private async Task<List<(string Recipient, string TransactionHash, int LogIndex, DateTimeOffset ReadAt)>> ClearAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reads = await db.Notifications.Where(n => n.ReadAt != null)
            .Select(n => new { n.Recipient, n.TransactionHash, n.LogIndex, ReadAt = n.ReadAt!.Value }).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Notifications.ExecuteDeleteAsync(cancellationToken);
        await db.Disputes.ExecuteDeleteAsync(cancellationToken);
        await db.Withdrawals.ExecuteDeleteAsync(cancellationToken);
        await db.RoyaltyPayments.ExecuteDeleteAsync(cancellationToken);
        await db.Licences.ExecuteDeleteAsync(cancellationToken);
        await db.Offers.ExecuteDeleteAsync(cancellationToken);
        await db.WorkEvents.ExecuteDeleteAsync(cancellationToken);
        await db.Works.ExecuteDeleteAsync(cancellationToken);
        await db.IndexedBlocks.ExecuteDeleteAsync(cancellationToken);
        await db.IndexerCheckpoints.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reads.Select(r => (r.Recipient, r.TransactionHash, r.LogIndex, r.ReadAt)).ToList();
    }

    /// <summary>Reads metadata batch after batch while that gets any further (an unreachable content store leaves them pending for the app).</summary>
    private async Task ResolveMetadataAsync(CancellationToken cancellationToken)
    {
        var pending = await PendingAsync(cancellationToken);
        while (pending > 0)
        {
            await metadata.ResolvePendingAsync(cancellationToken);
            var left = await PendingAsync(cancellationToken);
            if (left == pending) return;
            pending = left;
        }
    }

    private async Task<int> PendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Works.CountAsync(w => w.MetadataStatus == MetadataStatus.Pending, cancellationToken);
    }

    private async Task RestoreReadsAsync(List<(string Recipient, string TransactionHash, int LogIndex, DateTimeOffset ReadAt)> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0) return;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byKey = reads.ToDictionary(r => (r.Recipient, r.TransactionHash, r.LogIndex), r => r.ReadAt);
        var hashes = reads.Select(r => r.TransactionHash).Distinct().ToList();
        foreach (var notification in await db.Notifications.Where(n => hashes.Contains(n.TransactionHash)).ToListAsync(cancellationToken))
        {
            if (byKey.TryGetValue((notification.Recipient, notification.TransactionHash, notification.LogIndex), out var readAt))
                notification.ReadAt = readAt;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
