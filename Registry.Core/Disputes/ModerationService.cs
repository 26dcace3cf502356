using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Core.Persistence;

namespace Registry.Core.Disputes;

/// <summary>
/// Rulings by moderators: the app's Moderator role is checked first, and the contract checks the registry's moderator
/// role again when the ruling is sent. The reason goes to the content store, the ruling on-chain (<c>rule</c> for an
/// open dispute, <c>ruleAppeal</c> for an appealed one), and once it is mined the decision is written to the audit.
/// </summary>
public sealed class ModerationService(
    DisputesGateway disputes, LicensingGateway licensing, EvidenceDocuments documents, AccountService accounts, AccountKeys accountKeys,
    IDbContextFactory<RegistryDbContext> dbFactory, TimeProvider clock)
{
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public async Task<DisputeOutcome> RuleAsync(string userId, long disputeId, RulingRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(request.Ruling)) throw new ArgumentOutOfRangeException(nameof(request), request.Ruling, "There is no such ruling.");
        // The role is read from the database, not from the caller's sign-in claims, which may be older.
        if (await accounts.FindAsync(userId, cancellationToken) is not { } account || !account.IsIn(RegistryRoles.Moderator))
            return DisputeRefusals.NotModerator();
        var (reason, invalid) = DisputeTexts.Reason(request.Reason);
        if (invalid is not null) return invalid;
        var revoke = request.RevokeLicences.Distinct().ToList();
        if (revoke.Count > 0 && request.Ruling is not (DisputeRuling.Frozen or DisputeRuling.Reassigned))
            return DisputeRefusals.RevocationNotAllowed(request.Ruling);

        var dispute = await disputes.GetDisputeAsync(disputeId, cancellationToken);
        if (dispute is null) return DisputeRefusals.UnknownDispute(disputeId);
        if (dispute.Status is not (DisputeStatus.Open or DisputeStatus.Appealed))
            return DisputeRefusals.WrongStatus(disputeId, dispute.Status, DisputeAction.Rule);
        var appeal = dispute.Status == DisputeStatus.Appealed;
        var moderator = account.Address.ToLowerInvariant();
        if (appeal && dispute.Moderator == moderator) return DisputeRefusals.SameModerator(disputeId);
        foreach (var licenceId in revoke)
            if (await licensing.LicenceWorkIdAsync(licenceId, cancellationToken) != dispute.WorkId)
                return DisputeRefusals.LicenceNotOfWork(licenceId, dispute.WorkId);
        if (!await disputes.IsModeratorAsync(moderator, cancellationToken)) return DisputeRefusals.NotModeratorOnChain(moderator);

        var key = await accountKeys.UnlockAsync(userId, cancellationToken);
        try
        {
            var stored = await documents.StoreAsync(EvidenceKind.Reason, disputeId, dispute.WorkId, reason, [], moderator, cancellationToken);
            var reasonCid = Cid.Parse(stored.Cid!);
            var transactionHash = appeal
                ? await disputes.RuleAppealAsync(key, disputeId, request.Ruling, reasonCid, revoke, cancellationToken)
                : await disputes.RuleAsync(key, disputeId, request.Ruling, reasonCid, revoke, cancellationToken);
            await RecordAsync(new ModerationDecision
            {
                DisputeId = disputeId,
                UserId = userId,
                Moderator = moderator,
                Appeal = appeal,
                Ruling = request.Ruling,
                ReasonCid = stored.Cid!,
                RevokedLicences = string.Join(",", revoke),
                TransactionHash = transactionHash,
                DecidedAt = clock.GetUtcNow(),
            });
            return DisputeOutcome.Sent(disputeId, transactionHash);
        }
        catch (DisputesRefusedException refusal)
        {
            return ContractRefusals.Word(refusal, DisputeAction.Rule, disputeId, dispute.WorkId);
        }
        catch (InsufficientFundsException poor)
        {
            return DisputeRefusals.InsufficientFunds(poor.Balance, 0);
        }
        catch (ContentStoreUnavailableException e)
        {
            return DisputeRefusals.ContentStoreUnavailable(e.Message);
        }
    }

    /// <summary>Writes the audit row; not cancellable, because the ruling it records is mined and cannot be taken back.</summary>
    private async Task RecordAsync(ModerationDecision decision)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.ModerationDecisions.Add(decision);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
