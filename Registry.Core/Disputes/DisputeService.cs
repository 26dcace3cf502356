using System.Numerics;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Core.Works;

namespace Registry.Core.Disputes;

/// <summary>
/// The parties' side of disputes, on behalf of the signed-in account, whose custodial key signs and pays: opening one
/// (with the contract's bond), the owner's counter-statement, an appeal, settling the bond once a ruling is final, and
/// withdrawing bonds credited. Every check the contract makes is made first, against the chain as it is, before any
/// document is stored or anything sent; a refusal by the contract itself (someone was faster) gets the same words.
/// </summary>
public sealed class DisputeService(
    DisputesGateway disputes, WorkRegistryGateway registry, WorkCatalog catalog, EvidenceDocuments documents, AccountKeys accountKeys, TimeProvider clock)
{
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public async Task<DisputeTerms> GetTermsAsync(CancellationToken cancellationToken) =>
        new(await disputes.BondAsync(cancellationToken), await disputes.AppealWindowAsync(cancellationToken));

    /// <summary>Opens a dispute: the evidence goes to the content store, the claim on-chain with the contract's bond.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public async Task<DisputeOutcome> OpenAsync(string userId, DisputeRequest request, CancellationToken cancellationToken)
    {
        if (CheckRequest(request) is { } refusal) return refusal;
        return await OpenWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), request, offeredBond: null, cancellationToken);
    }

    /// <summary>Opens a dispute paying <paramref name="offeredBond"/> (the contract's bond when null), which must be the contract's bond.</summary>
    internal async Task<DisputeOutcome> OpenWithKeyAsync(string claimantKey, DisputeRequest request, BigInteger? offeredBond, CancellationToken cancellationToken)
    {
        if (CheckRequest(request) is { } invalid) return invalid;
        var (statement, _) = DisputeTexts.Statement(request.Statement);
        var claimant = AddressOf(claimantKey);
        var workId = request.WorkId;

        var work = await catalog.GetAsync(workId, cancellationToken);
        var owner = work is null ? null : await registry.OwnerOfAsync(workId, cancellationToken);
        if (work is null || owner is null) return DisputeRefusals.UnknownWork(workId);
        if (request.CopiedWorkId is { } copiedWorkId && await catalog.GetAsync(copiedWorkId, cancellationToken) is null)
            return DisputeRefusals.UnknownCopiedWork(copiedWorkId);
        if (owner == claimant) return DisputeRefusals.OwnWork(workId);
        var bond = await disputes.BondAsync(cancellationToken);
        var bondWei = offeredBond ?? bond;
        if (bond != bondWei) return DisputeRefusals.WrongBond(bond, bondWei);
        if (await disputes.OpenDisputeOfAsync(workId, claimant, cancellationToken) is { } open) return DisputeRefusals.AlreadyOpen(workId, open);
        var balance = await disputes.BalanceOfAsync(claimant, cancellationToken);
        if (balance <= bondWei) return DisputeRefusals.InsufficientFunds(balance, bondWei);

        return await SendAsync(null, 0, workId, bondWei, async () =>
        {
            var stored = await documents.StoreAsync(EvidenceKind.Evidence, null, workId, statement, request.Files, claimant, cancellationToken);
            if (stored.Refusal is { } tooLarge) return tooLarge;
            var sent = await disputes.OpenDisputeAsync(claimantKey, workId, Convert.FromHexString(work.ContentHash), request.Claim, request.CopiedWorkId,
                Cid.Parse(stored.Cid!), bondWei, cancellationToken);
            return DisputeOutcome.Sent(sent.DisputeId, sent.TransactionHash);
        });
    }

    /// <summary>Adds the work owner's counter-statement to an open dispute.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public Task<DisputeOutcome> RespondAsync(string userId, long disputeId, StatementRequest request, CancellationToken cancellationToken) =>
        StatementStepAsync(userId, disputeId, request, DisputeAction.Respond, EvidenceKind.CounterStatement, async (dispute, caller) =>
        {
            if (dispute.Status != DisputeStatus.Open) return DisputeRefusals.WrongStatus(disputeId, dispute.Status, DisputeAction.Respond);
            return await registry.OwnerOfAsync(dispute.WorkId, cancellationToken) != caller ? DisputeRefusals.NotOwner(disputeId, dispute.WorkId) : null;
        }, disputes.RespondAsync, cancellationToken);

    /// <summary>Appeals a ruling, once, within the appeal window; by the claimant or the work's owner at the ruling.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public Task<DisputeOutcome> AppealAsync(string userId, long disputeId, StatementRequest request, CancellationToken cancellationToken) =>
        StatementStepAsync(userId, disputeId, request, DisputeAction.Appeal, EvidenceKind.Appeal, async (dispute, caller) =>
        {
            if (dispute.Status != DisputeStatus.Ruled) return DisputeRefusals.WrongStatus(disputeId, dispute.Status, DisputeAction.Appeal);
            if (caller != dispute.Claimant && caller != dispute.OwnerAtRuling) return DisputeRefusals.NotParty(disputeId, dispute.WorkId);
            var closesAt = await AppealClosesAtAsync(dispute, cancellationToken);
            return await NowAsync(cancellationToken) > closesAt ? DisputeRefusals.AppealWindowClosed(disputeId, closesAt) : null;
        }, disputes.AppealAsync, cancellationToken);

    /// <summary>
    /// A party's statement on a dispute (a counter-statement, an appeal): checked as written, then against the chain by
    /// <paramref name="refusal"/>, then stored and sent by <paramref name="send"/> with the caller's key.
    /// </summary>
    private async Task<DisputeOutcome> StatementStepAsync(string userId, long disputeId, StatementRequest request, DisputeAction action, EvidenceKind kind,
        Func<DisputeOnChain, string, Task<DisputeOutcome?>> refusal, Func<string, long, Cid, CancellationToken, Task<string>> send, CancellationToken cancellationToken)
    {
        var (statement, invalid) = DisputeTexts.Statement(request.Statement);
        if ((invalid ?? EvidenceDocuments.CheckFiles(request.Files)) is { } badInput) return badInput;
        var key = await accountKeys.UnlockAsync(userId, cancellationToken);
        var caller = AddressOf(key);

        var dispute = await disputes.GetDisputeAsync(disputeId, cancellationToken);
        if (dispute is null) return DisputeRefusals.UnknownDispute(disputeId);
        if (await refusal(dispute, caller) is { } refused) return refused;

        return await SendAsync(action, disputeId, dispute.WorkId, BigInteger.Zero, async () =>
        {
            var stored = await documents.StoreAsync(kind, disputeId, dispute.WorkId, statement, request.Files, caller, cancellationToken);
            if (stored.Refusal is { } tooLarge) return tooLarge;
            return DisputeOutcome.Sent(disputeId, await send(key, disputeId, Cid.Parse(stored.Cid!), cancellationToken));
        });
    }

    /// <summary>Makes an unappealed ruling final once its appeal window has closed, which credits the bond; anyone may.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public async Task<DisputeOutcome> SettleAsync(string userId, long disputeId, CancellationToken cancellationToken)
    {
        var key = await accountKeys.UnlockAsync(userId, cancellationToken);
        var dispute = await disputes.GetDisputeAsync(disputeId, cancellationToken);
        if (dispute is null) return DisputeRefusals.UnknownDispute(disputeId);
        if (dispute.Status != DisputeStatus.Ruled) return DisputeRefusals.WrongStatus(disputeId, dispute.Status, DisputeAction.Settle);
        var closesAt = await AppealClosesAtAsync(dispute, cancellationToken);
        if (await NowAsync(cancellationToken) <= closesAt) return DisputeRefusals.AppealWindowOpen(disputeId, closesAt);

        return await SendAsync(DisputeAction.Settle, disputeId, dispute.WorkId, BigInteger.Zero,
            async () => DisputeOutcome.Sent(disputeId, await disputes.SettleAsync(key, disputeId, cancellationToken)));
    }

    /// <summary>Pays the account every bond credited to it.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no disputes contract.</exception>
    public async Task<DisputeOutcome> WithdrawBondAsync(string userId, CancellationToken cancellationToken)
    {
        var key = await accountKeys.UnlockAsync(userId, cancellationToken);
        if ((await disputes.OwedAsync(AddressOf(key), cancellationToken)).IsZero) return DisputeRefusals.NothingOwed();
        return await SendAsync(null, 0, 0, BigInteger.Zero,
            async () => DisputeOutcome.Sent(null, (await disputes.WithdrawAsync(key, cancellationToken)).TransactionHash));
    }

    /// <summary>The bonds credited to <paramref name="address"/> and not withdrawn yet, in wei.</summary>
    public Task<BigInteger> OwedAsync(string address, CancellationToken cancellationToken) => disputes.OwedAsync(address, cancellationToken);

    /// <summary>The checks that need neither the chain nor the content store.</summary>
    private static DisputeOutcome? CheckRequest(DisputeRequest request)
    {
        if (!Enum.IsDefined(request.Claim)) throw new ArgumentOutOfRangeException(nameof(request), request.Claim, "There is no such claim.");
        var (_, invalid) = DisputeTexts.Statement(request.Statement);
        if (invalid is not null) return invalid;
        var copied = request.Claim == DisputeClaim.Copies
            ? request.CopiedWorkId switch
            {
                null => DisputeRefusals.CopiedWorkMissing(),
                <= 0 => DisputeRefusals.UnknownCopiedWork(request.CopiedWorkId.Value),
                var id when id == request.WorkId => DisputeRefusals.CopiesItself(request.WorkId),
                _ => null,
            }
            : request.CopiedWorkId is null ? null : DisputeRefusals.CopiedWorkNotExpected(request.Claim);
        return copied ?? EvidenceDocuments.CheckFiles(request.Files);
    }

    private async Task<DateTimeOffset> AppealClosesAtAsync(DisputeOnChain dispute, CancellationToken cancellationToken) =>
        dispute.RuledAt!.Value + await disputes.AppealWindowAsync(cancellationToken);

    /// <summary>
    /// The time the next block will have, near enough: the latest block's, or the clock's when no block was mined for a
    /// while (a dev chain mines only when a transaction arrives).
    /// </summary>
    private async Task<DateTimeOffset> NowAsync(CancellationToken cancellationToken)
    {
        var chainTime = await disputes.ChainTimeAsync(cancellationToken);
        var clockTime = clock.GetUtcNow();
        return chainTime > clockTime ? chainTime : clockTime;
    }

    /// <summary>Runs the storing and sending of a step, with the contract's refusals, a lack of funds and a store outage worded.</summary>
    private static async Task<DisputeOutcome> SendAsync(DisputeAction? action, long disputeId, long workId, BigInteger bond, Func<Task<DisputeOutcome>> send)
    {
        try
        {
            return await send();
        }
        catch (DisputesRefusedException refusal)
        {
            return ContractRefusals.Word(refusal, action, disputeId, workId);
        }
        catch (InsufficientFundsException poor)
        {
            return DisputeRefusals.InsufficientFunds(poor.Balance, bond);
        }
        catch (ContentStoreUnavailableException e)
        {
            return DisputeRefusals.ContentStoreUnavailable(e.Message);
        }
    }

    private static string AddressOf(string key) => new Nethereum.Web3.Accounts.Account(key).Address.ToLowerInvariant();
}
