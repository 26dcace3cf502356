using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Applies a range's logs in chain order inside the range's transaction. The hot path, registrations, is decoded from
/// the raw log (<see cref="RegistryLogDecoder"/>) and inserted at once with prepared commands: the work and its
/// Registered timeline row, as <see cref="LogApplier"/> would make them. A work's mint writes nothing (WorkRegistered
/// carries it). Every other log (licensing, disputes, reassignments, transfers between owners) goes to
/// <see cref="LogApplier"/> through EF, in its place in the order; the rows inserted before it are already in the
/// transaction, so it sees them. Logs in <c>mirrored</c> are skipped.
/// </summary>
internal sealed class RawLogApplier(RegistryDbContext db, ChainConnection connection, BlockTimes blockTimes)
{
    /// <returns>The number of logs that wrote rows.</returns>
    public async Task<int> ApplyAsync(LogRange range, IReadOnlySet<(string TransactionHash, int LogIndex)>? mirrored, CancellationToken cancellationToken)
    {
        using var works = new EntityInsertCommand<Work>(db);
        using var timeline = new EntityInsertCommand<WorkEvent>(db);
        var others = new LogApplier(db, blockTimes, connection);
        var written = 0;
        foreach (var log in range.Logs)
        {
            if (mirrored is not null && mirrored.Contains((log.TransactionHash, log.LogIndex))) continue;
            var fromRegistry = log.IsFrom(connection.WorkRegistryAddress);
            if (fromRegistry && RegistryLogDecoder.IsWorkRegistered(log))
            {
                var registered = RegistryLogDecoder.DecodeWorkRegistered(log);
                var time = range.BlockTimes[log.BlockNumber];
                var split = RoyaltySplit.Format(registered.Recipients, registered.Shares);
                works.Insert(Work(log, registered, split, time));
                timeline.Insert(RegisteredEvent(log, registered, split, time));
                written++;
            }
            else if (fromRegistry && RegistryLogDecoder.IsMint(log)) continue;
            else if (await others.ApplyAsync(log.ToFilterLog(), cancellationToken)) written++;
        }
        await others.CompleteAsync(cancellationToken);
        return written;
    }

    private static Work Work(RawLog log, WorkRegisteredLog e, string split, DateTimeOffset time) => new()
    {
        WorkId = e.WorkId,
        ContentHash = Sha256Hex.Format(e.ContentHash),
        Cid = Cid.FromBytes(e.ContentCid).ToString(),
        MetadataCid = e.MetadataCid is { Length: > 0 } ? Cid.FromBytes(e.MetadataCid).ToString() : null,
        Fingerprint = unchecked((long)e.Fingerprint),
        Creator = e.Creator,
        Owner = e.Creator,
        Split = split,
        BlockNumber = log.BlockNumber,
        TransactionHash = log.TransactionHash,
        RegisteredAt = time,
        MetadataStatus = e.MetadataCid is { Length: > 0 } ? MetadataStatus.Pending : MetadataStatus.Missing,
    };

    private static WorkEvent RegisteredEvent(RawLog log, WorkRegisteredLog e, string split, DateTimeOffset time) => new()
    {
        WorkId = e.WorkId,
        Kind = WorkEventKind.Registered,
        To = e.Creator,
        Split = split,
        BlockNumber = log.BlockNumber,
        BlockHash = log.BlockHash,
        TransactionHash = log.TransactionHash,
        LogIndex = log.LogIndex,
        Timestamp = time,
    };
}
