namespace Registry.Core.Works;

/// <summary>One contract event in a work's provenance timeline; unique by transaction hash and log index.</summary>
public sealed class WorkEvent
{
    public long Id { get; set; }

    public long WorkId { get; set; }

    public WorkEventKind Kind { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public long BlockNumber { get; set; }

    public required string BlockHash { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
