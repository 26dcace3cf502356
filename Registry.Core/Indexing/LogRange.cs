using Registry.Core.Indexing.Reorgs;

namespace Registry.Core.Indexing;

/// <summary>A block range read from the node: its logs in chain order, the times of their blocks and the headers of its newest blocks.</summary>
/// <param name="RecentHeaders">The headers of the range's last <see cref="IndexerOptions.ReorgWindow"/> blocks (fewer if the range is shorter), oldest first.</param>
internal sealed record LogRange(long From, long To, IReadOnlyList<RawLog> Logs, IReadOnlyDictionary<long, DateTimeOffset> BlockTimes,
    IReadOnlyList<BlockHeader> RecentHeaders)
{
    /// <summary>The hash of the range's last block, for the checkpoint.</summary>
    public string ToBlockHash => RecentHeaders[^1].Hash;
}
