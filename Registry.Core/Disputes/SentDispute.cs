namespace Registry.Core.Disputes;

/// <summary>A dispute opened on-chain: its id and the mined transaction's hash.</summary>
public sealed record SentDispute(long DisputeId, string TransactionHash);
