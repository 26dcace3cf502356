namespace Registry.Web.Api;

/// <summary>A step taken on a dispute (a response, an appeal, a ruling) and its mined transaction.</summary>
/// <param name="Action">"response", "appeal" or "ruling".</param>
public sealed record DisputeActionResponse(long DisputeId, string Action, string TxHash);
