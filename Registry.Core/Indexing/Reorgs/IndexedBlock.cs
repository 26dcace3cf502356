namespace Registry.Core.Indexing.Reorgs;

/// <summary>One of the newest indexed blocks, kept so that a reorganisation's fork point can be found.</summary>
public sealed class IndexedBlock
{
    public long BlockNumber { get; set; }

    public required string Hash { get; set; }

    public required string ParentHash { get; set; }
}
