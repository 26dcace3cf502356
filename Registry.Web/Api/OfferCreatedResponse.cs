namespace Registry.Web.Api;

public sealed record OfferCreatedResponse(long OfferId, long WorkId, string TxHash);
