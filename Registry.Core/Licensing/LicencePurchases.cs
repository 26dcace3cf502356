using System.Numerics;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Royalties;
using Registry.Core.Works;

namespace Registry.Core.Licensing;

/// <summary>
/// Buys a licence for the signed-in account, whose custodial key pays the offer's price and the gas. The offer is
/// checked against the chain first (it exists, sells, is not sold out or taken, the work is not the buyer's, the
/// buyer can pay), then the purchase is sent with the work's royalty split; a refusal by the contract (another buyer
/// was faster) gets the same words as the checks.
/// </summary>
public sealed class LicencePurchases(LicensingGateway licensing, WorkRegistryGateway registry, WorkCatalog catalog, AccountKeys accountKeys)
{
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no licensing contract.</exception>
    public async Task<PurchaseOutcome> BuyAsync(string userId, long offerId, CancellationToken cancellationToken) =>
        await BuyWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), offerId, cancellationToken);

    /// <inheritdoc cref="BuyAsync"/>
    public async Task<PurchaseOutcome> BuyWithKeyAsync(string buyerKey, long offerId, CancellationToken cancellationToken)
    {
        var buyer = new Nethereum.Web3.Accounts.Account(buyerKey).Address.ToLowerInvariant();
        var offer = await licensing.GetOfferAsync(offerId, cancellationToken);
        if (offer is null) return UnknownOffer(offerId);
        if (offer.Currency != NativeAmount.NativeCurrency) return UnsupportedCurrency(offer);
        if (offer.Status == OfferStatus.Paused) return Paused(offerId);
        if (offer.Status == OfferStatus.Withdrawn) return Withdrawn(offerId);
        if (offer.IsSoldOut) return SoldOut(offerId, offer.MaxSupply);
        if (offer is { Exclusive: true, ExclusiveLicenceId: > 0 } && await licensing.IsLicenceValidAsync(offer.ExclusiveLicenceId, cancellationToken))
            return ExclusiveTaken(offerId, offer.ExclusiveLicenceId);
        var owner = await registry.OwnerOfAsync(offer.WorkId, cancellationToken);
        if (owner == buyer) return OwnWork(offer.WorkId);
        if (owner != offer.Seller) return Stale(offerId, offer.WorkId);

        var work = await catalog.GetAsync(offer.WorkId, cancellationToken);
        if (work is null)
            return PurchaseOutcome.Refused(PurchaseProblem.WorkNotIndexed, "Work #{0} is not in the catalogue yet; try again in a moment.", offer.WorkId);
        var split = RoyaltySplit.Parse(work.Split);

        var balance = await licensing.BalanceOfAsync(buyer, cancellationToken);
        if (balance < offer.Price) return InsufficientFunds(balance, offer.Price);
        try
        {
            var quote = await licensing.QuotePurchaseAsync(buyer, offerId, offer.Price, split, cancellationToken);
            if (balance < offer.Price + quote.MaxGasCost) return InsufficientFunds(balance, offer.Price);
            var sent = await licensing.PurchaseAsync(buyerKey, offerId, offer.Price, split, quote, cancellationToken);
            return PurchaseOutcome.Bought(sent.LicenceId, sent.TransactionHash);
        }
        catch (LicensingRefusedException refusal)
        {
            return refusal.Error switch
            {
                WorkLicensingOfferNotFoundError => UnknownOffer(offerId),
                WorkLicensingOfferPausedError => Paused(offerId),
                WorkLicensingOfferWithdrawnError => Withdrawn(offerId),
                WorkLicensingSoldOutError e => SoldOut(offerId, (int)e.MaxSupply),
                WorkLicensingExclusiveTakenError e => ExclusiveTaken(offerId, (long)e.LicenceId),
                WorkLicensingOwnWorkError => OwnWork(offer.WorkId),
                WorkLicensingStaleOfferError => Stale(offerId, offer.WorkId),
                WorkLicensingWorkFrozenError => PurchaseOutcome.Refused(PurchaseProblem.SalesFrozen, "Sales of licences to work #{0} are frozen.", offer.WorkId),
                WorkLicensingCurrencyNotAllowedError => UnsupportedCurrency(offer),
                WorkLicensingSplitMismatchError => PurchaseOutcome.Refused(PurchaseProblem.SplitMismatch,
                    "The royalty split of work #{0} in the catalogue is not the registered one; try again in a moment.", offer.WorkId),
                _ => PurchaseOutcome.Refused(PurchaseProblem.Refused, "The licensing contract refused the purchase: {0}.", refusal.ErrorName),
            };
        }
        catch (InsufficientFundsException poor)
        {
            return InsufficientFunds(poor.Balance, offer.Price);
        }
    }

    private static PurchaseOutcome UnknownOffer(long offerId) => PurchaseOutcome.Refused(PurchaseProblem.UnknownOffer, "There is no offer #{0}.", offerId);

    private static PurchaseOutcome Paused(long offerId) =>
        PurchaseOutcome.Refused(PurchaseProblem.Paused, "Offer #{0} is paused: it sells no licences until its seller resumes it.", offerId);

    private static PurchaseOutcome Withdrawn(long offerId) =>
        PurchaseOutcome.Refused(PurchaseProblem.Withdrawn, "Offer #{0} has been withdrawn: it sells no more licences.", offerId);

    private static PurchaseOutcome SoldOut(long offerId, int maxSupply) =>
        PurchaseOutcome.Refused(PurchaseProblem.SoldOut, "Offer #{0} is sold out: its cap of {1} has been reached.", offerId, maxSupply);

    private static PurchaseOutcome ExclusiveTaken(long offerId, long licenceId) =>
        PurchaseOutcome.Refused(PurchaseProblem.ExclusiveTaken, "Offer #{0} is exclusive and its licence #{1} is still valid.", offerId, licenceId);

    private static PurchaseOutcome OwnWork(long workId) =>
        PurchaseOutcome.Refused(PurchaseProblem.OwnWork, "Work #{0} is yours: you cannot buy a licence to your own work.", workId);

    private static PurchaseOutcome Stale(long offerId, long workId) =>
        PurchaseOutcome.Refused(PurchaseProblem.StaleOffer, "Offer #{0} no longer sells: work #{1} has changed hands since it was made.", offerId, workId);

    private static PurchaseOutcome UnsupportedCurrency(OfferOnChain offer) =>
        PurchaseOutcome.Refused(PurchaseProblem.UnsupportedCurrency, "Offer #{0} is priced in the token {1}, which this app cannot pay with.", offer.OfferId, offer.Currency);

    private static PurchaseOutcome InsufficientFunds(BigInteger balance, BigInteger price) =>
        PurchaseOutcome.Refused(PurchaseProblem.InsufficientFunds, "Your account holds {0}; the licence costs {1} plus gas.",
            NativeAmount.Format(balance), NativeAmount.Format(price));
}
