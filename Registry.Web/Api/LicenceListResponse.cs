namespace Registry.Web.Api;

public sealed record LicenceListResponse(IReadOnlyList<LicenceResponse> Items);
