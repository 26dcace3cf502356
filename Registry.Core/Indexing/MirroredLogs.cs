using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Indexing;

/// <summary>
/// Logs already in the read model, by transaction hash and log index (the timeline, the royalty payments and the
/// withdrawals hold those): skipped when a range is read again, so replaying a range changes nothing.
/// </summary>
internal static class MirroredLogs
{
    /// <summary>
    /// Whether any of those rows comes from <paramref name="fromBlock"/> or later. A range past every mirrored row
    /// (a backfill, or a pass after the last) holds no mirrored log and needs no lookup.
    /// </summary>
    public static async Task<bool> AnyFromAsync(RegistryDbContext db, long fromBlock, CancellationToken cancellationToken) =>
        await db.WorkEvents.AnyAsync(e => e.BlockNumber >= fromBlock, cancellationToken)
        || await db.RoyaltyPayments.AnyAsync(p => p.BlockNumber >= fromBlock, cancellationToken)
        || await db.Withdrawals.AnyAsync(w => w.BlockNumber >= fromBlock, cancellationToken);

    public static async Task<HashSet<(string TransactionHash, int LogIndex)>> FindAsync(RegistryDbContext db, IEnumerable<string> transactionHashes,
        CancellationToken cancellationToken)
    {
        var txHashes = transactionHashes.Distinct().ToList();
        var events = db.WorkEvents.Where(e => txHashes.Contains(e.TransactionHash)).Select(e => new { e.TransactionHash, e.LogIndex });
        var payments = db.RoyaltyPayments.Where(p => txHashes.Contains(p.TransactionHash)).Select(p => new { p.TransactionHash, p.LogIndex });
        var withdrawals = db.Withdrawals.Where(w => txHashes.Contains(w.TransactionHash)).Select(w => new { w.TransactionHash, w.LogIndex });
        var rows = await events.Concat(payments).Concat(withdrawals).ToListAsync(cancellationToken);
        return rows.Select(r => (r.TransactionHash, r.LogIndex)).ToHashSet();
    }
}
