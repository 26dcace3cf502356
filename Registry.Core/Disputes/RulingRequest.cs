namespace Registry.Core.Disputes;

/// <summary>A moderator's decision, its written reason, and the licences of the work it revokes (Frozen and Reassigned only).</summary>
public sealed record RulingRequest(DisputeRuling Ruling, string Reason, IReadOnlyList<long> RevokeLicences);
