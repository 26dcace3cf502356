using System.Globalization;
using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Core.Notifications;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Dispute = Registry.Core.Disputes.Dispute;
using Withdrawal = Registry.Core.Licensing.Withdrawal;

namespace Registry.Core.Indexing;

/// <summary>
/// Turns the disputes contract's logs into <see cref="Dispute"/> rows, a timeline event per step (From is the account
/// that acted) and the notifications of the step; a bond withdrawal becomes a <see cref="Withdrawal"/> row marked
/// <see cref="WithdrawalSource.DisputeBonds"/>. The admin's <c>BondChanged</c> and <c>AppealWindowChanged</c> write
/// nothing: the app reads the terms of new disputes from the chain.
/// </summary>
internal sealed class DisputeLogApplier(RegistryDbContext db, BlockTimes blockTimes)
{
    private readonly DisputeNotifier _notifier = new(db);

    /// <returns>Whether the log wrote rows.</returns>
    public async Task<bool> ApplyAsync(FilterLog log, CancellationToken cancellationToken)
    {
        if (log.IsLogForEvent<DisputeOpenedEventDTO>())
            await ApplyOpenedAsync(log, log.DecodeEvent<DisputeOpenedEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<DisputeRespondedEventDTO>())
        {
            var e = log.DecodeEvent<DisputeRespondedEventDTO>().Event;
            await StepAsync(log, await DisputeAsync(e.DisputeId, cancellationToken), WorkEventKind.DisputeResponded,
                from: e.Owner.ToLowerInvariant(), documentCid: DocumentCid(e.CounterCid), cancellationToken: cancellationToken);
        }
        else if (log.IsLogForEvent<DisputeRuledEventDTO>())
            await ApplyRuledAsync(log, log.DecodeEvent<DisputeRuledEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<DisputeAppealedEventDTO>())
            await ApplyAppealedAsync(log, log.DecodeEvent<DisputeAppealedEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<AppealRuledEventDTO>())
            await ApplyAppealRuledAsync(log, log.DecodeEvent<AppealRuledEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<DisputeSettledEventDTO>())
        {
            // Anyone may settle, and the log does not say who did, so the step has no From.
            var e = log.DecodeEvent<DisputeSettledEventDTO>().Event;
            await StepAsync(log, await DisputeAsync(e.DisputeId, cancellationToken), WorkEventKind.DisputeSettled,
                ruling: (DisputeRuling)e.Ruling, cancellationToken: cancellationToken);
        }
        else if (log.IsLogForEvent<BondCreditedEventDTO>())
        {
            // The log does not say who called settle (anyone may), so the step has no From.
            var e = log.DecodeEvent<BondCreditedEventDTO>().Event;
            await StepAsync(log, await DisputeAsync(e.DisputeId, cancellationToken), WorkEventKind.DisputeBondCredited,
                to: e.Account.ToLowerInvariant(), cancellationToken: cancellationToken);
        }
        else if (log.IsLogForEvent<WithdrawnEventDTO>())
            await ApplyWithdrawnAsync(log, log.DecodeEvent<WithdrawnEventDTO>().Event, cancellationToken);
        else
            return false;
        return true;
    }

    private async Task ApplyOpenedAsync(FilterLog log, DisputeOpenedEventDTO e, CancellationToken cancellationToken)
    {
        var work = await WorkAsync(e.WorkId, log, cancellationToken);
        var time = await blockTimes.OfAsync(log, cancellationToken);
        var claimant = e.Claimant.ToLowerInvariant();
        var dispute = db.Disputes.Add(new Dispute
        {
            DisputeId = (long)e.DisputeId,
            WorkId = work.WorkId,
            Claimant = claimant,
            Claim = (DisputeClaim)e.Claim,
            CopiedWorkId = e.CopiedWorkId == 0 ? null : (long)e.CopiedWorkId,
            Bond = e.Bond.ToString(CultureInfo.InvariantCulture),
            EvidenceCid = DocumentCid(e.EvidenceCid),
            Status = DisputeStatus.Open,
            OpenedAt = time,
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
        }).Entity;
        await StepAsync(log, dispute, WorkEventKind.DisputeOpened, from: claimant, documentCid: dispute.EvidenceCid, cancellationToken: cancellationToken);
        _notifier.Notify(log, NotificationKind.DisputeOpened, dispute, time, claimant,
            [work.Owner, .. await _notifier.LicenceHoldersAsync(work.WorkId, cancellationToken)]);
    }

    /// <remarks>
    /// The step's To is the work's owner at the ruling, a party who may appeal. A reassigning ruling's own
    /// <c>Transfer</c> comes after this log, so the read model's owner is still the one ruled against.
    /// </remarks>
    private async Task ApplyRuledAsync(FilterLog log, DisputeRuledEventDTO e, CancellationToken cancellationToken)
    {
        var dispute = await DisputeAsync(e.DisputeId, cancellationToken);
        var owner = (await WorkAsync(dispute.WorkId, log, cancellationToken)).Owner;
        var moderator = e.Moderator.ToLowerInvariant();
        var time = await StepAsync(log, dispute, WorkEventKind.DisputeRuled, from: moderator, to: owner, documentCid: DocumentCid(e.ReasonCid),
            ruling: (DisputeRuling)e.Ruling, revokedLicences: Join(e.RevokedLicences), cancellationToken: cancellationToken);
        _notifier.Notify(log, NotificationKind.DisputeRuled, dispute, time, moderator,
            [dispute.Claimant, owner, .. await _notifier.LicenceHoldersAsync(dispute.WorkId, cancellationToken)]);
    }

    private async Task ApplyAppealedAsync(FilterLog log, DisputeAppealedEventDTO e, CancellationToken cancellationToken)
    {
        var dispute = await DisputeAsync(e.DisputeId, cancellationToken);
        var appellant = e.Appellant.ToLowerInvariant();
        var time = await StepAsync(log, dispute, WorkEventKind.DisputeAppealed, from: appellant, documentCid: DocumentCid(e.EvidenceCid),
            cancellationToken: cancellationToken);
        var otherParty = appellant == dispute.Claimant ? dispute.OwnerAtRuling : dispute.Claimant;
        _notifier.Notify(log, NotificationKind.DisputeAppealed, dispute, time, appellant, [otherParty]);
    }

    /// <remarks>Both parties hear of it: the claimant and the owner at the first ruling, and the owner now if a reassignment moved the work since.</remarks>
    private async Task ApplyAppealRuledAsync(FilterLog log, AppealRuledEventDTO e, CancellationToken cancellationToken)
    {
        var dispute = await DisputeAsync(e.DisputeId, cancellationToken);
        var owner = (await WorkAsync(dispute.WorkId, log, cancellationToken)).Owner;
        var moderator = e.Moderator.ToLowerInvariant();
        var time = await StepAsync(log, dispute, WorkEventKind.AppealRuled, from: moderator, to: owner, documentCid: DocumentCid(e.ReasonCid),
            ruling: (DisputeRuling)e.Ruling, revokedLicences: Join(e.RevokedLicences), cancellationToken: cancellationToken);
        _notifier.Notify(log, NotificationKind.AppealRuled, dispute, time, moderator,
            [dispute.Claimant, dispute.OwnerAtRuling, owner, .. await _notifier.LicenceHoldersAsync(dispute.WorkId, cancellationToken)]);
    }

    private async Task ApplyWithdrawnAsync(FilterLog log, WithdrawnEventDTO e, CancellationToken cancellationToken) =>
        db.Withdrawals.Add(new Withdrawal
        {
            Account = e.Account.ToLowerInvariant(),
            Currency = NativeAmount.NativeCurrency,
            Amount = e.Amount.ToString(CultureInfo.InvariantCulture),
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            LogIndex = (int)log.LogIndex.Value,
            Timestamp = await blockTimes.OfAsync(log, cancellationToken),
            Source = WithdrawalSource.DisputeBonds,
        });

    /// <summary>Adds the step to the work's timeline and moves the dispute by it.</summary>
    /// <returns>The block time of the step.</returns>
    private async Task<DateTimeOffset> StepAsync(FilterLog log, Dispute dispute, WorkEventKind kind, string? from = null, string? to = null,
        string? documentCid = null, DisputeRuling? ruling = null, string? revokedLicences = null, CancellationToken cancellationToken = default)
    {
        var time = await blockTimes.OfAsync(log, cancellationToken);
        var step = TimelineEvents.ForDispute(log, dispute.WorkId, dispute.DisputeId, kind, time, from, to, documentCid, ruling, revokedLicences);
        db.WorkEvents.Add(step);
        DisputeSteps.Apply(dispute, step);
        return time;
    }

    private async Task<Dispute> DisputeAsync(BigInteger disputeId, CancellationToken cancellationToken) =>
        await db.Disputes.FindAsync([(long)disputeId], cancellationToken)
        ?? throw new InvalidOperationException($"Dispute {disputeId} is not in the read model: the indexer must start at or before the disputes contract's deployment.");

    private async Task<Work> WorkAsync(BigInteger workId, FilterLog log, CancellationToken cancellationToken) =>
        await db.Works.FindAsync([(long)workId], cancellationToken)
        ?? throw new InvalidOperationException($"Work {workId} disputed in {log.TransactionHash} is not in the read model: the indexer must start at or before the registry's deployment.");

    private static string? Join(List<BigInteger> licenceIds) =>
        licenceIds.Count == 0 ? null : string.Join(",", licenceIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    // The contract only checks that a document's CID is not empty; one we cannot address is left without a link
    // rather than stopping the indexer.
    private static string DocumentCid(byte[] bytes)
    {
        try
        {
            return Cid.FromBytes(bytes).ToString();
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
