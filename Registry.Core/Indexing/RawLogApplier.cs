using Registry.Core.Chain;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Applies a range's logs in chain order inside the range's transaction. The hot path, registrations, comes decoded
/// from the raw log (<see cref="DecodedRange"/>) and is inserted at once with prepared commands. A work's mint writes
/// nothing (WorkRegistered carries it). Every other log (licensing, disputes, reassignments, transfers between owners)
/// goes to <see cref="LogApplier"/> through EF, in its place in the order; the rows inserted before it are already in
/// the transaction, so it sees them. Logs in <c>mirrored</c> are skipped. A range with many registrations inserts
/// them with Works' insert triggers suspended (<see cref="WorksInsertTriggers"/>).
/// </summary>
internal sealed class RawLogApplier(RegistryDbContext db, ChainConnection connection, BlockTimes blockTimes)
{
    /// <summary>Fewer registrations than this are inserted with the triggers firing: suspending them costs a few schema changes.</summary>
    public const int SuspendTriggersFrom = 100;

    /// <returns>The number of logs that wrote rows.</returns>
    public async Task<int> ApplyAsync(DecodedRange range, IReadOnlySet<(string TransactionHash, int LogIndex)>? mirrored, CancellationToken cancellationToken)
    {
        var triggers = range.Registrations.Count(r => r is not null) >= SuspendTriggersFrom
            ? await WorksInsertTriggers.SuspendAsync(db, cancellationToken)
            : null;
        var inserted = new List<long>();
        using var works = new EntityInsertCommand<Work>(db);
        using var timeline = new EntityInsertCommand<WorkEvent>(db);
        var others = new LogApplier(db, blockTimes, connection);
        var written = 0;
        var logs = range.Range.Logs;
        for (var i = 0; i < logs.Count; i++)
        {
            var log = logs[i];
            if (mirrored is not null && mirrored.Contains((log.TransactionHash, log.LogIndex))) continue;
            if (range.Registrations[i] is { } registration)
            {
                works.Insert(registration.Work);
                timeline.Insert(registration.Registered);
                inserted.Add(registration.Work.WorkId);
                written++;
            }
            else if (log.IsFrom(connection.WorkRegistryAddress) && RegistryLogDecoder.IsMint(log)) continue;
            else if (await others.ApplyAsync(log.ToFilterLog(), cancellationToken)) written++;
        }
        if (triggers is not null) await triggers.RestoreAsync(inserted, cancellationToken);
        await others.CompleteAsync(cancellationToken);
        return written;
    }
}
