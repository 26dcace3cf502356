using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Turns the logs of the registry, the licensing contract and the disputes contract into read-model rows (not saved:
/// the caller commits them with the checkpoint). Logs are told apart by the contract that emitted them before their
/// signature, since the registry and licensing both emit ERC-721 <c>Transfer</c> and licensing and disputes both emit
/// a (different) <c>Withdrawn</c>. A log already mirrored (same transaction hash and log index in the timeline, the
/// royalty payments or the withdrawals) is skipped, so replaying a range changes nothing.
/// </summary>
internal sealed class LogApplier(RegistryDbContext db, Web3 web3, ChainConnection connection)
{
    internal const string ZeroAddress = "0x0000000000000000000000000000000000000000";
    private readonly BlockTimes _blockTimes = new(web3);

    public async Task<int> ApplyAsync(IReadOnlyList<FilterLog> logs, CancellationToken cancellationToken)
    {
        if (logs.Count == 0) return 0;
        var mirrored = await MirroredAsync(logs, cancellationToken);
        var payments = new PaymentLogApplier(db, _blockTimes);
        var licensing = new LicensingLogApplier(db, _blockTimes, payments);
        var disputes = new DisputeLogApplier(db, _blockTimes);

        var written = 0;
        foreach (var log in logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value))
        {
            if (mirrored.Contains((log.TransactionHash, (int)log.LogIndex.Value))) continue;
            var applied = IsFrom(log, connection.WorkRegistryAddress) ? await ApplyRegistryLogAsync(log, cancellationToken)
                : IsFrom(log, connection.WorkLicensingAddress) ? await licensing.ApplyAsync(log, cancellationToken)
                : IsFrom(log, connection.WorkDisputesAddress) && await disputes.ApplyAsync(log, cancellationToken);
            if (applied) written++;
        }
        await payments.AttributeCreditsAsync(cancellationToken);
        return written;
    }

    private async Task<HashSet<(string TransactionHash, int LogIndex)>> MirroredAsync(IReadOnlyList<FilterLog> logs, CancellationToken cancellationToken)
    {
        var txHashes = logs.Select(l => l.TransactionHash).Distinct().ToList();
        var events = db.WorkEvents.Where(e => txHashes.Contains(e.TransactionHash)).Select(e => new { e.TransactionHash, e.LogIndex });
        var payments = db.RoyaltyPayments.Where(p => txHashes.Contains(p.TransactionHash)).Select(p => new { p.TransactionHash, p.LogIndex });
        var withdrawals = db.Withdrawals.Where(w => txHashes.Contains(w.TransactionHash)).Select(w => new { w.TransactionHash, w.LogIndex });
        var rows = await events.Concat(payments).Concat(withdrawals).ToListAsync(cancellationToken);
        return rows.Select(r => (r.TransactionHash, r.LogIndex)).ToHashSet();
    }

    private static bool IsFrom(FilterLog log, string? address) => address is not null && string.Equals(log.Address, address, StringComparison.OrdinalIgnoreCase);

    private async Task<bool> ApplyRegistryLogAsync(FilterLog log, CancellationToken cancellationToken)
    {
        if (log.IsLogForEvent<WorkRegisteredEventDTO>())
        {
            await ApplyRegisteredAsync(log, log.DecodeEvent<WorkRegisteredEventDTO>().Event, cancellationToken);
            return true;
        }
        if (log.IsLogForEvent<WorkReassignedEventDTO>())
        {
            await ApplyReassignedAsync(log, log.DecodeEvent<WorkReassignedEventDTO>().Event, cancellationToken);
            return true;
        }
        if (!log.IsLogForEvent<TransferEventDTO>()) return false;
        var transfer = log.DecodeEvent<TransferEventDTO>().Event;
        // A mint is the registration itself; WorkRegistered carries it.
        if (string.Equals(transfer.From, ZeroAddress, StringComparison.OrdinalIgnoreCase)) return false;
        await ApplyTransferAsync(log, transfer, cancellationToken);
        return true;
    }

    private async Task ApplyRegisteredAsync(FilterLog log, WorkRegisteredEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.WorkId;
        var time = await _blockTimes.OfAsync(log, cancellationToken);
        var creator = e.Creator.ToLowerInvariant();
        var split = RoyaltySplit.Format(e.Recipients, e.Shares);
        db.Works.Add(new Work
        {
            WorkId = workId,
            ContentHash = Sha256Hex.Format(e.ContentHash),
            Cid = Cid.FromBytes(e.ContentCid).ToString(),
            MetadataCid = e.MetadataCid is { Length: > 0 } ? Cid.FromBytes(e.MetadataCid).ToString() : null,
            Fingerprint = unchecked((long)e.Fingerprint),
            Creator = creator,
            Owner = creator,
            Split = split,
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            RegisteredAt = time,
            MetadataStatus = e.MetadataCid is { Length: > 0 } ? MetadataStatus.Pending : MetadataStatus.Missing,
        });
        db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.Registered, time, to: creator, split: split));
    }

    private async Task ApplyTransferAsync(FilterLog log, TransferEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.TokenId;
        var time = await _blockTimes.OfAsync(log, cancellationToken);
        var to = e.To.ToLowerInvariant();
        var work = await db.Works.FindAsync([workId], cancellationToken);
        if (work is not null) work.Owner = to;
        db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.Transferred, time, from: e.From.ToLowerInvariant(), to: to));
    }

    /// <summary>
    /// A ruling moved the work (its <c>Transfer</c>, applied just before, changed the owner) and replaced its split.
    /// The timeline keeps the new split so that a reorganisation can restore the one before.
    /// </summary>
    private async Task ApplyReassignedAsync(FilterLog log, WorkReassignedEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.WorkId;
        var work = await db.Works.FindAsync([workId], cancellationToken)
            ?? throw new InvalidOperationException($"Work {workId} reassigned in {log.TransactionHash} is not in the read model: the indexer must start at or before the registry's deployment.");
        await KeepRegisteredSplitAsync(work, cancellationToken);
        var split = RoyaltySplit.Format(e.Recipients, e.Shares);
        work.Split = split;
        var time = await _blockTimes.OfAsync(log, cancellationToken);
        db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.WorkReassigned, time,
            from: e.From.ToLowerInvariant(), to: e.To.ToLowerInvariant(), split: split));
    }

    /// <summary>
    /// Registrations indexed before timeline events kept their split have none on their event; until the first
    /// reassignment the work's split is still the registered one, so it is copied there before it is replaced.
    /// </summary>
    private async Task KeepRegisteredSplitAsync(Work work, CancellationToken cancellationToken)
    {
        var registered = await db.WorkEvents
            .FirstOrDefaultAsync(x => x.WorkId == work.WorkId && x.Kind == WorkEventKind.Registered && x.Split == null, cancellationToken);
        // A reassignment earlier in this batch has set it already (tracked, not yet saved).
        if (registered is { Split: null }) registered.Split = work.Split;
    }
}
