namespace Registry.Core.Disputes;

/// <summary>A file attached to a statement. <see cref="Content"/> is read once, from where it stands, and streamed to the content store.</summary>
public sealed record EvidenceFile(string FileName, string ContentType, Stream Content);
