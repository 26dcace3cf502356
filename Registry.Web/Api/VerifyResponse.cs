namespace Registry.Web.Api;

public sealed record VerifyResponse(bool Registered, string Sha256, string Cid, long Size, WorkResponse? Work, IReadOnlyList<SimilarWorkResponse>? Similar = null);
