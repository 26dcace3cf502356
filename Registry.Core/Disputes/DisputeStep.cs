using Registry.Core.Works;

namespace Registry.Core.Disputes;

/// <summary>One step of a dispute as mirrored from the contract's events, oldest first.</summary>
/// <param name="Actor">Who took the step (claimant, owner, appellant, moderator; the account credited for a bond).</param>
/// <param name="DocumentCid">The evidence, counter-statement, appeal or reason the step stored.</param>
public sealed record DisputeStep(WorkEventKind Kind, string? Actor, string? DocumentCid, DisputeRuling? Ruling, string TransactionHash, long BlockNumber, DateTimeOffset At);
