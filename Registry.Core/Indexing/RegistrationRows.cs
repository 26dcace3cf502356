using Registry.Core.Fingerprints;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>The rows a WorkRegistered log writes, as <see cref="LogApplier"/> makes them: the work and its Registered timeline event.</summary>
internal sealed record RegistrationRows(Work Work, WorkEvent Registered)
{
    public static RegistrationRows For(RawLog log, WorkRegisteredLog e, DateTimeOffset time)
    {
        var split = RoyaltySplit.Format(e.Recipients, e.Shares);
        var work = new Work
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
        var registered = new WorkEvent
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
        return new RegistrationRows(work, registered);
    }
}
