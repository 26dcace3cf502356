using Registry.Core.Works;

namespace Registry.Core.Disputes;

/// <summary>A dispute with everything its page and the moderation view show.</summary>
/// <param name="CopiedWork">The work a Copies claim names; null for other claims (or when it is not in the catalogue).</param>
/// <param name="Decisions">The app's audit of the rulings given through it, oldest first.</param>
/// <param name="FingerprintDistance">Hamming distance (0–64) of the two works' perceptual fingerprints, when both have one of the same kind.</param>
public sealed record DisputeDetails(
    Dispute Dispute, Work Work, Work? CopiedWork, IReadOnlyList<DisputeStep> Steps, IReadOnlyList<ModerationDecision> Decisions, int? FingerprintDistance);
