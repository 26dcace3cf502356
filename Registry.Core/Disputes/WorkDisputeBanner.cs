namespace Registry.Core.Disputes;

/// <summary>What a work's page says about its disputes.</summary>
/// <param name="OpenDisputes">Disputes waiting for a moderator: open, or appealed.</param>
/// <param name="StandingRuling">The upheld ruling in force (the gravest when several are); null when none is.</param>
/// <param name="RulingDisputeId">The dispute whose ruling <paramref name="StandingRuling"/> is.</param>
public sealed record WorkDisputeBanner(int OpenDisputes, DisputeRuling? StandingRuling, long? RulingDisputeId);
