namespace Registry.Core.Indexing.Reorgs;

/// <summary>A recently indexed block's header, kept for the last <see cref="IndexerOptions.ReorgWindow"/> blocks to find a fork point.</summary>
public sealed class IndexedBlock
{
    public long BlockNumber { get; set; }

    public required string Hash { get; set; }

    public required string ParentHash { get; set; }
}
