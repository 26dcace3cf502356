namespace Registry.Core.Disputes;

/// <summary>
/// A statement (evidence, counter-statement, appeal) or a ruling's reason as stored on the content store, as JSON; its
/// CID goes on-chain. The statement is kept as written (trimmed): whoever shows it encodes it.
/// </summary>
/// <param name="DisputeId">The dispute it belongs to; null for the evidence that opens one (its id is not known yet).</param>
/// <param name="Author">The address (lower-case hex) that sent it on-chain.</param>
public sealed record EvidenceDocument(
    EvidenceKind Kind, long? DisputeId, long WorkId, string Statement, IReadOnlyList<EvidenceAttachment> Files, string Author, DateTimeOffset CreatedAt);
