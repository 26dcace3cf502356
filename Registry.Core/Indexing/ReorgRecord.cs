namespace Registry.Core.Indexing;

/// <summary>The last reorganisation the indexer rolled back: how many indexed blocks it orphaned, and when.</summary>
public sealed record ReorgRecord(long Depth, DateTimeOffset At);
