using Registry.Core.Indexing.Reorgs;

namespace Registry.Core.Indexing;

/// <summary>The parts of a block header the indexer uses: its identity for reorganisations, its time for the rows.</summary>
internal sealed record RawBlockHeader(long Number, string Hash, string ParentHash, long Timestamp)
{
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds(Timestamp);

    public BlockHeader ToBlockHeader() => new(Number, Hash, ParentHash);
}
