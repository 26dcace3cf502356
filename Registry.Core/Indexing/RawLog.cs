using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace Registry.Core.Indexing;

/// <summary>
/// A log as eth_getLogs returned it, kept compact: topics and data as bytes, the hashes as the node wrote them (one
/// string shared by the logs of a block or a transaction).
/// </summary>
internal sealed class RawLog
{
    public const int WordSize = 32;

    public required string Address { get; init; }

    /// <summary>The topics, <see cref="WordSize"/> bytes each, one after the other.</summary>
    public required byte[] Topics { get; init; }

    public required byte[] Data { get; init; }

    public long BlockNumber { get; init; }

    public required string BlockHash { get; init; }

    /// <summary>Unix seconds, when the node includes the block's time in its logs (anvil and newer nodes do).</summary>
    public long? BlockTimestamp { get; init; }

    public required string TransactionHash { get; init; }

    public int TransactionIndex { get; init; }

    public int LogIndex { get; init; }

    public bool Removed { get; init; }

    public int TopicCount => Topics.Length / WordSize;

    public ReadOnlySpan<byte> Topic(int index) => Topics.AsSpan(index * WordSize, WordSize);

    public bool IsFrom(string? address) => address is not null && string.Equals(Address, address, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same log as Nethereum reads it, for the appliers that decode with the generated event DTOs.</summary>
    public FilterLog ToFilterLog() => new()
    {
        Address = Address,
        Topics = Enumerable.Range(0, TopicCount).Select(i => (object)Hex.Format(Topic(i))).ToArray(),
        Data = Hex.Format(Data),
        BlockNumber = new HexBigInteger(BlockNumber),
        BlockHash = BlockHash,
        TransactionHash = TransactionHash,
        TransactionIndex = new HexBigInteger(TransactionIndex),
        LogIndex = new HexBigInteger(LogIndex),
        Removed = Removed,
    };
}
