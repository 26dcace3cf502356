namespace Registry.Web.Api;

/// <summary>A dispute opened on-chain.</summary>
public sealed record DisputeOpenedResponse(long DisputeId, long WorkId, string TxHash);
