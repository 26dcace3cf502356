namespace Registry.Core.Disputes;

/// <summary>A claim about work <paramref name="WorkId"/>, with the claimant's statement and evidence files.</summary>
/// <param name="CopiedWorkId">The registered work it copies; required for <see cref="DisputeClaim.Copies"/> and only for it.</param>
public sealed record DisputeRequest(long WorkId, DisputeClaim Claim, long? CopiedWorkId, string Statement, IReadOnlyList<EvidenceFile> Files);
