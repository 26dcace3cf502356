namespace Registry.Core.Disputes;

/// <summary>A document and its files on the content store (<see cref="Cid"/> is the document's), or why it was refused.</summary>
public sealed record StoredEvidence(string? Cid, EvidenceDocument? Document, DisputeOutcome? Refusal);
