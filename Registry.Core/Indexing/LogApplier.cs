using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Turns the registry's logs into read-model rows (not saved: the caller commits them with the checkpoint).
/// A log already mirrored (same transaction hash and log index) is skipped, so replaying a range changes nothing.
/// </summary>
internal sealed class LogApplier(RegistryDbContext db, Web3 web3)
{
    private const string ZeroAddress = "0x0000000000000000000000000000000000000000";
    private readonly Dictionary<long, DateTimeOffset> _blockTimes = [];

    public async Task<int> ApplyAsync(IReadOnlyList<FilterLog> logs, CancellationToken cancellationToken)
    {
        if (logs.Count == 0) return 0;
        var txHashes = logs.Select(l => l.TransactionHash).Distinct().ToList();
        var seen = (await db.WorkEvents.Where(e => txHashes.Contains(e.TransactionHash))
                .Select(e => new { e.TransactionHash, e.LogIndex }).ToListAsync(cancellationToken))
            .Select(e => (e.TransactionHash, e.LogIndex)).ToHashSet();

        var written = 0;
        foreach (var log in logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value))
        {
            if (seen.Contains((log.TransactionHash, (int)log.LogIndex.Value))) continue;
            if (log.IsLogForEvent<WorkRegisteredEventDTO>())
                await ApplyRegisteredAsync(log, log.DecodeEvent<WorkRegisteredEventDTO>().Event, cancellationToken);
            else if (log.IsLogForEvent<TransferEventDTO>())
            {
                var transfer = log.DecodeEvent<TransferEventDTO>().Event;
                // A mint is the registration itself; WorkRegistered carries it.
                if (string.Equals(transfer.From, ZeroAddress, StringComparison.OrdinalIgnoreCase)) continue;
                await ApplyTransferAsync(log, transfer, cancellationToken);
            }
            else continue;
            written++;
        }
        return written;
    }

    private async Task ApplyRegisteredAsync(FilterLog log, WorkRegisteredEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.WorkId;
        var time = await BlockTimeAsync(log, cancellationToken);
        var creator = e.Creator.ToLowerInvariant();
        db.Works.Add(new Work
        {
            WorkId = workId,
            ContentHash = Sha256Hex.Format(e.ContentHash),
            Cid = Cid.FromBytes(e.ContentCid).ToString(),
            MetadataCid = e.MetadataCid is { Length: > 0 } ? Cid.FromBytes(e.MetadataCid).ToString() : null,
            Fingerprint = unchecked((long)e.Fingerprint),
            Creator = creator,
            Owner = creator,
            Split = string.Join(";", e.Recipients.Zip(e.Shares, (r, s) => $"{r.ToLowerInvariant()}:{s}")),
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            RegisteredAt = time,
            MetadataStatus = e.MetadataCid is { Length: > 0 } ? MetadataStatus.Pending : MetadataStatus.Missing,
        });
        db.WorkEvents.Add(NewEvent(log, workId, WorkEventKind.Registered, null, creator, time));
    }

    private async Task ApplyTransferAsync(FilterLog log, TransferEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.TokenId;
        var time = await BlockTimeAsync(log, cancellationToken);
        var to = e.To.ToLowerInvariant();
        var work = db.Works.Local.SingleOrDefault(w => w.WorkId == workId)
            ?? await db.Works.SingleOrDefaultAsync(w => w.WorkId == workId, cancellationToken);
        if (work is not null) work.Owner = to;
        db.WorkEvents.Add(NewEvent(log, workId, WorkEventKind.Transferred, e.From.ToLowerInvariant(), to, time));
    }

    private static WorkEvent NewEvent(FilterLog log, long workId, WorkEventKind kind, string? from, string? to, DateTimeOffset time) => new()
    {
        WorkId = workId,
        Kind = kind,
        From = from,
        To = to,
        BlockNumber = (long)log.BlockNumber.Value,
        BlockHash = log.BlockHash,
        TransactionHash = log.TransactionHash,
        LogIndex = (int)log.LogIndex.Value,
        Timestamp = time,
    };

    private async Task<DateTimeOffset> BlockTimeAsync(FilterLog log, CancellationToken cancellationToken)
    {
        var number = (long)log.BlockNumber.Value;
        if (_blockTimes.TryGetValue(number, out var time)) return time;
        cancellationToken.ThrowIfCancellationRequested();
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
        time = DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value);
        _blockTimes[number] = time;
        return time;
    }
}
