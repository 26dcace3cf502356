using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Indexing;

/// <summary>
/// Turns the logs of the registry, the licensing contract and the disputes contract into read-model rows through EF
/// (not saved: the caller commits them with the checkpoint), one log at a time in chain order, then
/// <see cref="CompleteAsync"/> once the range's logs are all applied. Logs are told apart by the contract that emitted
/// them before their signature, since the registry and licensing both emit ERC-721 <c>Transfer</c> and licensing and
/// disputes both emit a (different) <c>Withdrawn</c>. <see cref="RawLogApplier"/> writes the registry's registrations
/// itself, in bulk, and hands every other log here.
/// </summary>
internal sealed class LogApplier
{
    internal const string ZeroAddress = "0x0000000000000000000000000000000000000000";
    private readonly RegistryDbContext _db;
    private readonly ChainConnection _connection;
    private readonly BlockTimes _blockTimes;
    private readonly PaymentLogApplier _payments;
    private readonly LicensingLogApplier _licensing;
    private readonly DisputeLogApplier _disputes;

    public LogApplier(RegistryDbContext db, BlockTimes blockTimes, ChainConnection connection)
    {
        _db = db;
        _connection = connection;
        _blockTimes = blockTimes;
        _payments = new PaymentLogApplier(db, blockTimes);
        _licensing = new LicensingLogApplier(db, blockTimes, _payments);
        _disputes = new DisputeLogApplier(db, blockTimes);
    }

    /// <returns>Whether the log wrote rows; a mint (WorkRegistered or LicencePurchased carries it) and administration logs write none.</returns>
    public async Task<bool> ApplyAsync(FilterLog log, CancellationToken cancellationToken) =>
        IsFrom(log, _connection.WorkRegistryAddress) ? await ApplyRegistryLogAsync(log, cancellationToken)
        : IsFrom(log, _connection.WorkLicensingAddress) ? await _licensing.ApplyAsync(log, cancellationToken)
        : IsFrom(log, _connection.WorkDisputesAddress) && await _disputes.ApplyAsync(log, cancellationToken);

    /// <summary>What can only be done once the range's logs are all applied (a purchase's credits come before the licence they pay for).</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) => _payments.AttributeCreditsAsync(cancellationToken);

    private static bool IsFrom(FilterLog log, string? address) => address is not null && string.Equals(log.Address, address, StringComparison.OrdinalIgnoreCase);

    private async Task<bool> ApplyRegistryLogAsync(FilterLog log, CancellationToken cancellationToken)
    {
        // WorkRegistered never comes here: RawLogApplier writes registrations itself (RegistrationRows).
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

    private async Task ApplyTransferAsync(FilterLog log, TransferEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.TokenId;
        var time = await _blockTimes.OfAsync(log, cancellationToken);
        var to = e.To.ToLowerInvariant();
        var work = await _db.Works.FindAsync([workId], cancellationToken);
        if (work is not null) work.Owner = to;
        _db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.Transferred, time, from: e.From.ToLowerInvariant(), to: to));
    }

    /// <summary>
    /// A ruling moved the work (its <c>Transfer</c>, applied just before, changed the owner) and replaced its split.
    /// The timeline keeps the new split so that a reorganisation can restore the one before.
    /// </summary>
    private async Task ApplyReassignedAsync(FilterLog log, WorkReassignedEventDTO e, CancellationToken cancellationToken)
    {
        var workId = (long)e.WorkId;
        var work = await _db.Works.FindAsync([workId], cancellationToken)
            ?? throw new InvalidOperationException($"Work {workId} reassigned in {log.TransactionHash} is not in the read model: the indexer must start at or before the registry's deployment.");
        await KeepRegisteredSplitAsync(work, cancellationToken);
        var split = RoyaltySplit.Format(e.Recipients, e.Shares);
        work.Split = split;
        var time = await _blockTimes.OfAsync(log, cancellationToken);
        _db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.WorkReassigned, time,
            from: e.From.ToLowerInvariant(), to: e.To.ToLowerInvariant(), split: split));
    }

    /// <summary>
    /// Registrations indexed before timeline events kept their split have none on their event; until the first
    /// reassignment the work's split is still the registered one, so it is copied there before it is replaced.
    /// </summary>
    private async Task KeepRegisteredSplitAsync(Work work, CancellationToken cancellationToken)
    {
        var registered = await _db.WorkEvents
            .FirstOrDefaultAsync(x => x.WorkId == work.WorkId && x.Kind == WorkEventKind.Registered && x.Split == null, cancellationToken);
        // A reassignment earlier in this batch has set it already (tracked, not yet saved).
        if (registered is { Split: null }) registered.Split = work.Split;
    }
}
