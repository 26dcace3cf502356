namespace Registry.Core.Indexing.Reorgs;

/// <summary>What the indexer keeps of a block to notice that it was replaced: its number, hash and parent's hash.</summary>
public sealed record BlockHeader(long Number, string Hash, string ParentHash);
