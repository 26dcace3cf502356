namespace Registry.Core.Disputes;

/// <summary>Which disputes to list; every filter given must match.</summary>
/// <param name="OlderThan">Only disputes opened at least this long ago (appealed at least this long ago, for an appealed one: the time it has waited).</param>
/// <param name="Claimant">The claimant's address (any case).</param>
/// <param name="Limit">At most this many (1–500).</param>
public sealed record DisputeQuery(DisputeStatus? Status = null, DisputeClaim? Claim = null, TimeSpan? OlderThan = null, string? Claimant = null, long? WorkId = null, int Limit = 100);
