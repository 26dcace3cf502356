using System.Numerics;

namespace Registry.Core.Disputes;

/// <summary>A dispute as the contract stores it now (the read model may lag behind).</summary>
/// <param name="Ruling">The first ruling, once there is one.</param>
/// <param name="AppealRuling">The appeal's ruling, once there is one.</param>
/// <param name="Moderator">Who made the first ruling (lower-case hex), once ruled.</param>
/// <param name="OwnerAtRuling">The work's owner when it was first ruled, who may appeal besides the claimant.</param>
public sealed record DisputeOnChain(
    long DisputeId, string Claimant, long WorkId, DisputeClaim Claim, DisputeStatus Status, DisputeRuling? Ruling, DisputeRuling? AppealRuling,
    bool Appealed, long? CopiedWorkId, DateTimeOffset? RuledAt, BigInteger Bond, string? Moderator, string? OwnerAtRuling);
