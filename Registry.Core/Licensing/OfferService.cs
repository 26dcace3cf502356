using System.Text;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Works;

namespace Registry.Core.Licensing;

/// <summary>
/// Licence offers made, paused, resumed and withdrawn by the work's owner, whose custodial key signs and pays. Every
/// check the contract makes is made first, against the chain as it is, so that a refusal is worded for the person
/// before anything is sent; a refusal by the contract itself (someone was faster) gets the same words.
/// </summary>
public sealed class OfferService(
    LicensingGateway licensing, WorkRegistryGateway registry, WorkCatalog catalog, IContentStore contentStore, AccountKeys accountKeys)
{
    /// <summary>Makes an offer on behalf of the signed-in account: the terms go to the content store, the offer on-chain.</summary>
    /// <exception cref="ContentStoreUnavailableException">The terms could not be stored.</exception>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no licensing contract.</exception>
    public async Task<OfferOutcome> CreateAsync(string userId, OfferRequest request, CancellationToken cancellationToken) =>
        await CreateWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), request, cancellationToken);

    /// <inheritdoc cref="CreateAsync"/>
    public async Task<OfferOutcome> CreateWithKeyAsync(string sellerKey, OfferRequest request, CancellationToken cancellationToken)
    {
        var validation = OfferRequestValidator.Validate(request);
        if (validation.Problems is [var first, ..]) return OfferOutcome.Refused(first);
        var input = validation.Input!;

        var workId = input.WorkId;
        var work = await catalog.GetAsync(workId, cancellationToken);
        var owner = work is null ? null : await registry.OwnerOfAsync(workId, cancellationToken);
        if (work is null || owner is null) return UnknownWork(workId);
        if (owner != AddressOf(sellerKey)) return NotOwner(workId);

        var termsCid = await contentStore.AddAsync(new MemoryStream(Encoding.UTF8.GetBytes(input.Terms)), cancellationToken);
        try
        {
            var sent = await licensing.CreateOfferAsync(sellerKey, input, Convert.FromHexString(work.ContentHash), termsCid, cancellationToken);
            return OfferOutcome.Sent(sent.OfferId, sent.TransactionHash);
        }
        catch (LicensingRefusedException refusal)
        {
            return refusal.Error switch
            {
                WorkLicensingNotWorkOwnerError => NotOwner(workId),
                WorkLicensingWorkNotFoundError => UnknownWork(workId),
                _ => Refused(refusal),
            };
        }
        catch (InsufficientFundsException poor)
        {
            return NoFunds(poor);
        }
    }

    public Task<OfferOutcome> PauseAsync(string userId, long offerId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, offerId, OfferChange.Pause, cancellationToken);

    public Task<OfferOutcome> ResumeAsync(string userId, long offerId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, offerId, OfferChange.Resume, cancellationToken);

    public Task<OfferOutcome> WithdrawAsync(string userId, long offerId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, offerId, OfferChange.Withdraw, cancellationToken);

    /// <summary>Pauses, resumes or withdraws an offer on behalf of the signed-in account, which must be its seller.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no licensing contract.</exception>
    public async Task<OfferOutcome> ChangeAsync(string userId, long offerId, OfferChange change, CancellationToken cancellationToken) =>
        await ChangeWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), offerId, change, cancellationToken);

    /// <inheritdoc cref="ChangeAsync"/>
    public async Task<OfferOutcome> ChangeWithKeyAsync(string sellerKey, long offerId, OfferChange change, CancellationToken cancellationToken)
    {
        var offer = await licensing.GetOfferAsync(offerId, cancellationToken);
        if (offer is null) return UnknownOffer(offerId);
        if (offer.Seller != AddressOf(sellerKey)) return NotSeller(offerId, change);
        if (offer.Status == OfferStatus.Withdrawn) return Withdrawn(offerId);
        if (change == OfferChange.Pause && offer.Status == OfferStatus.Paused) return AlreadyPaused(offerId);
        if (change == OfferChange.Resume && offer.Status != OfferStatus.Paused) return NotPaused(offerId);

        try
        {
            var transactionHash = change switch
            {
                OfferChange.Pause => await licensing.PauseOfferAsync(sellerKey, offerId, cancellationToken),
                OfferChange.Resume => await licensing.ResumeOfferAsync(sellerKey, offerId, cancellationToken),
                _ => await licensing.WithdrawOfferAsync(sellerKey, offerId, cancellationToken),
            };
            return OfferOutcome.Sent(offerId, transactionHash);
        }
        catch (LicensingRefusedException refusal)
        {
            return refusal.Error switch
            {
                WorkLicensingOfferNotFoundError => UnknownOffer(offerId),
                WorkLicensingNotOfferSellerError => NotSeller(offerId, change),
                WorkLicensingOfferWithdrawnError => Withdrawn(offerId),
                WorkLicensingOfferPausedError => AlreadyPaused(offerId),
                WorkLicensingOfferNotPausedError => NotPaused(offerId),
                _ => Refused(refusal),
            };
        }
        catch (InsufficientFundsException poor)
        {
            return NoFunds(poor);
        }
    }

    private static string AddressOf(string key) => new Nethereum.Web3.Accounts.Account(key).Address.ToLowerInvariant();

    private static OfferOutcome UnknownWork(long workId) => OfferOutcome.Refused(OfferProblem.UnknownWork, "There is no work #{0}.", workId);

    private static OfferOutcome NotOwner(long workId) =>
        OfferOutcome.Refused(OfferProblem.NotOwner, "Only the owner of work #{0} can offer licences for it.", workId);

    private static OfferOutcome UnknownOffer(long offerId) => OfferOutcome.Refused(OfferProblem.UnknownOffer, "There is no offer #{0}.", offerId);

    private static OfferOutcome NotSeller(long offerId, OfferChange change) => OfferOutcome.Refused(OfferProblem.NotSeller, change switch
    {
        OfferChange.Pause => "Only the seller of offer #{0} can pause it.",
        OfferChange.Resume => "Only the seller of offer #{0} can resume it.",
        _ => "Only the seller of offer #{0} can withdraw it.",
    }, offerId);

    private static OfferOutcome Withdrawn(long offerId) =>
        OfferOutcome.Refused(OfferProblem.OfferWithdrawn, "Offer #{0} has been withdrawn: it can no longer be changed.", offerId);

    private static OfferOutcome AlreadyPaused(long offerId) => OfferOutcome.Refused(OfferProblem.AlreadyPaused, "Offer #{0} is paused already.", offerId);

    private static OfferOutcome NotPaused(long offerId) =>
        OfferOutcome.Refused(OfferProblem.NotPaused, "Offer #{0} is not paused, so it cannot be resumed.", offerId);

    private static OfferOutcome NoFunds(InsufficientFundsException poor) =>
        OfferOutcome.Refused(OfferProblem.NoFunds, "Your account holds {0}, too little to pay for the transaction's gas.", NativeAmount.Format(poor.Balance));

    private static OfferOutcome Refused(LicensingRefusedException refusal) =>
        OfferOutcome.Refused(OfferProblem.Refused, "The licensing contract refused: {0}.", refusal.ErrorName);
}
