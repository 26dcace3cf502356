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
}
