namespace Registry.Core.Disputes;

/// <summary>A dispute as a list shows it. <see cref="Ruling"/> is the ruling in force (the appeal's when there was one).</summary>
/// <param name="WorkTitle">The disputed work's title; empty while its metadata is not known.</param>
public sealed record DisputeSummary(
    long DisputeId, long WorkId, string WorkTitle, string Claimant, DisputeClaim Claim, long? CopiedWorkId, DisputeStatus Status, DisputeRuling? Ruling, DateTimeOffset OpenedAt);
