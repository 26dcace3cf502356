using Microsoft.EntityFrameworkCore;
using Nethereum.RPC.Eth.DTOs;
using Registry.Core.Disputes;
using Registry.Core.Notifications;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing;

/// <summary>
/// Makes the in-app notifications of a dispute step while it is indexed: one per recipient, never to the account that
/// acted. Reads the read model as this batch has left it so far (rows added or changed earlier in the batch count).
/// </summary>
internal sealed class DisputeNotifier(RegistryDbContext db)
{
    public void Notify(FilterLog log, NotificationKind kind, Dispute dispute, DateTimeOffset time, string actor, IEnumerable<string?> recipients)
    {
        foreach (var recipient in recipients.OfType<string>().Distinct())
        {
            if (recipient == actor || recipient == LogApplier.ZeroAddress) continue;
            db.Notifications.Add(new Notification
            {
                Recipient = recipient,
                Kind = kind,
                WorkId = dispute.WorkId,
                DisputeId = dispute.DisputeId,
                CreatedAt = time,
                BlockNumber = (long)log.BlockNumber.Value,
                TransactionHash = log.TransactionHash,
                LogIndex = (int)log.LogIndex.Value,
            });
        }
    }

    /// <summary>The holders of the work's licences that are not revoked, as of the logs applied so far.</summary>
    public async Task<IReadOnlyList<string>> LicenceHoldersAsync(long workId, CancellationToken cancellationToken)
    {
        var saved = await db.Licences.AsNoTracking().Where(l => l.WorkId == workId)
            .Select(l => new { l.LicenceId, l.Holder, l.Revoked }).ToListAsync(cancellationToken);
        var holders = saved.ToDictionary(l => l.LicenceId, l => l.Revoked ? null : l.Holder);
        // Licences bought, moved or revoked earlier in this batch are tracked with their new state, not yet saved.
        foreach (var licence in db.Licences.Local.Where(l => l.WorkId == workId))
            holders[licence.LicenceId] = licence.Revoked ? null : licence.Holder;
        return holders.Values.OfType<string>().Distinct().ToList();
    }
}
