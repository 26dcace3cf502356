namespace Registry.Web.Api;

/// <param name="Status">What the offer is now: "paused", "active" or "withdrawn".</param>
public sealed record OfferChangedResponse(long OfferId, string Status, string TxHash);
