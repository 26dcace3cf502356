using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <param name="PriceWei">The price in the currency's smallest unit (wei), as digits: it may exceed what a JSON number holds exactly.</param>
/// <param name="Price">The price in ether ("0.05 ETH") for the native coin; null for a token.</param>
/// <param name="DurationDays">0 = perpetual.</param>
/// <param name="Territories">ISO 3166-1 alpha-2 codes; empty = worldwide.</param>
/// <param name="MaxSupply">0 = no cap.</param>
/// <param name="Remaining">Null when there is no cap.</param>
/// <param name="Availability">available, withdrawn, paused, salesFrozen, sellerNoLongerOwner, soldOut or taken.</param>
/// <param name="TakenBy">An exclusive offer's live licence; <paramref name="TakenUntil"/> null while taken means for good.</param>
public sealed record OfferResponse(
    long OfferId,
    long WorkId,
    string Seller,
    string Currency,
    string PriceWei,
    string? Price,
    int DurationDays,
    string Usage,
    IReadOnlyList<string> Territories,
    bool Exclusive,
    bool Transferable,
    int MaxSupply,
    int Sold,
    int? Remaining,
    string Status,
    string Availability,
    long? TakenBy,
    DateTimeOffset? TakenUntil,
    string TermsCid,
    string TxHash,
    long BlockNumber,
    DateTimeOffset CreatedAt)
{
    public static OfferResponse From(OfferListing listing)
    {
        var o = listing.Offer;
        return new(o.OfferId, o.WorkId, o.Seller, o.Currency, o.Price, LicenceResponse.PriceText(o.Currency, o.Price), o.DurationDays,
            ApiNames.Of(o.Usage), LicenceResponse.TerritoryList(o.Territories), o.Exclusive, o.Transferable, o.MaxSupply, o.Sold,
            listing.Remaining, ApiNames.Of(o.Status), ApiNames.Of(listing.Availability), listing.TakenBy, listing.TakenUntil,
            o.TermsCid, o.TransactionHash, o.BlockNumber, o.CreatedAt);
    }
}
