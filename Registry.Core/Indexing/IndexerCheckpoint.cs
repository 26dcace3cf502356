namespace Registry.Core.Indexing;

/// <summary>The last block the indexer has mirrored, written in the same transaction as the rows it produced.</summary>
public sealed class IndexerCheckpoint
{
    public required string ContractAddress { get; set; }

    public long ChainId { get; set; }

    public long BlockNumber { get; set; }

    public required string BlockHash { get; set; }

    public long EventsIndexed { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many indexed blocks the last reorganisation orphaned; null when there has been none.</summary>
    public long? LastReorgDepth { get; set; }

    /// <summary>When the last reorganisation was rolled back.</summary>
    public DateTimeOffset? LastReorgAt { get; set; }
}
