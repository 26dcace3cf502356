namespace Registry.Web.Api;

public sealed record WorkListResponse(IReadOnlyList<WorkResponse> Items, int Total, int Page, int PageSize);
