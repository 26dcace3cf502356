using Registry.Core.Disputes;

namespace Registry.Web.Components.Disputes;

/// <summary>What a dispute claims, as a list of a work's steps words it.</summary>
public sealed record DisputeClaimFacts(DisputeClaim Claim, long? CopiedWorkId);
