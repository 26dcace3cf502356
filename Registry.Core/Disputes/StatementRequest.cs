namespace Registry.Core.Disputes;

/// <summary>A party's counter-statement or appeal: the text and any evidence files.</summary>
public sealed record StatementRequest(string Statement, IReadOnlyList<EvidenceFile> Files);
