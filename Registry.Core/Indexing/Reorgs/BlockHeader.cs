namespace Registry.Core.Indexing.Reorgs;

/// <summary>What a reorganisation is recognised by: a block's number, its hash and its parent's hash.</summary>
public sealed record BlockHeader(long Number, string Hash, string ParentHash);
