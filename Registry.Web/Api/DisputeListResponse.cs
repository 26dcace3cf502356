namespace Registry.Web.Api;

public sealed record DisputeListResponse(IReadOnlyList<DisputeSummaryResponse> Items);
