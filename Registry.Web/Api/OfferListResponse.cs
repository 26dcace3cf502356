namespace Registry.Web.Api;

public sealed record OfferListResponse(IReadOnlyList<OfferResponse> Items);
