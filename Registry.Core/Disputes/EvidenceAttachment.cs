namespace Registry.Core.Disputes;

/// <summary>A file of an <see cref="EvidenceDocument"/>, stored on the content store under its own CID.</summary>
/// <param name="Size">In bytes.</param>
public sealed record EvidenceAttachment(string Name, string ContentType, long Size, string Cid);
