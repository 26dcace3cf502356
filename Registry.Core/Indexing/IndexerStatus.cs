namespace Registry.Core.Indexing;

/// <summary>What the indexer last did, for the status shown to people.</summary>
public sealed class IndexerStatus
{
    public long? HeadBlock { get; set; }

    public long? IndexedBlock { get; set; }

    public string? LastError { get; set; }
}
