using System.Buffers.Binary;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Registry.Contracts.WorkRegistry.ContractDefinition;

namespace Registry.Core.Indexing;

/// <summary>
/// Decodes the registry's two hot events straight from a raw log's topics and data, with the ABI layout of the
/// generated event DTOs: <see cref="WorkRegisteredEventDTO"/> (indexed workId, contentHash, creator; data: bytes
/// contentCid, bytes metadataCid, uint64 fingerprint, address[] recipients, uint16[] shares) and the ERC-721
/// <see cref="TransferEventDTO"/> (from, to, tokenId all indexed), whose mint carries nothing WorkRegistered does not.
/// </summary>
internal static class RegistryLogDecoder
{
    private const int Word = RawLog.WordSize;

    private static readonly byte[] WorkRegisteredTopic = ABITypedRegistry.GetEvent<WorkRegisteredEventDTO>().Sha3Signature.HexToByteArray();
    private static readonly byte[] TransferTopic = ABITypedRegistry.GetEvent<TransferEventDTO>().Sha3Signature.HexToByteArray();

    public static bool IsWorkRegistered(RawLog log) => log.TopicCount == 4 && log.Topic(0).SequenceEqual(WorkRegisteredTopic);

    /// <summary>An ERC-721 Transfer from the zero address.</summary>
    public static bool IsMint(RawLog log) =>
        log.TopicCount == 4 && log.Topic(0).SequenceEqual(TransferTopic) && !log.Topic(1).ContainsAnyExcept((byte)0);

    /// <exception cref="FormatException">The log does not hold a WorkRegistered event of that layout.</exception>
    public static WorkRegisteredLog DecodeWorkRegistered(RawLog log)
    {
        if (!IsWorkRegistered(log)) throw new FormatException($"Log {log.LogIndex} of {log.TransactionHash} is not WorkRegistered.");
        ReadOnlySpan<byte> data = log.Data;
        return new WorkRegisteredLog(
            WorkId: Int64(log.Topic(1)),
            ContentHash: log.Topic(2).ToArray(),
            Creator: Address(log.Topic(3)),
            ContentCid: Bytes(data, HeadWord(data, 0)),
            MetadataCid: Bytes(data, HeadWord(data, 1)),
            Fingerprint: UInt64(HeadWord(data, 2)),
            Recipients: Array(data, HeadWord(data, 3), Address),
            Shares: Array(data, HeadWord(data, 4), word => checked((ushort)UInt64(word))));
    }

    private static ReadOnlySpan<byte> HeadWord(ReadOnlySpan<byte> data, int index) =>
        data.Length >= (index + 1) * Word ? data.Slice(index * Word, Word) : throw Malformed("is shorter than its head");

    private static ulong UInt64(ReadOnlySpan<byte> word) =>
        word[..(Word - 8)].ContainsAnyExcept((byte)0) ? throw Malformed("has a number wider than 64 bits") : BinaryPrimitives.ReadUInt64BigEndian(word[(Word - 8)..]);

    private static long Int64(ReadOnlySpan<byte> word) => UInt64(word) is var value && value <= long.MaxValue ? (long)value : throw Malformed("has an id past 2^63");

    private static string Address(ReadOnlySpan<byte> word) =>
        word[..12].ContainsAnyExcept((byte)0) ? throw Malformed("has an address wider than 20 bytes") : Hex.Format(word[12..]);

    /// <summary>The dynamic value whose offset (from the start of the data) is in <paramref name="offsetWord"/>: a length word, then the content.</summary>
    private static ReadOnlySpan<byte> Tail(ReadOnlySpan<byte> data, ReadOnlySpan<byte> offsetWord, int wordsPerItem, out int count)
    {
        var offset = UInt64(offsetWord);
        if (offset > (ulong)(data.Length - Word)) throw Malformed("points past its end");
        var length = UInt64(data.Slice((int)offset, Word));
        var content = data[((int)offset + Word)..];
        if (length > (ulong)content.Length / (ulong)Math.Max(1, wordsPerItem)) throw Malformed("has a value longer than the data");
        count = (int)length;
        return content;
    }

    private static byte[] Bytes(ReadOnlySpan<byte> data, ReadOnlySpan<byte> offsetWord) => Tail(data, offsetWord, 0, out var length)[..length].ToArray();

    private static T[] Array<T>(ReadOnlySpan<byte> data, ReadOnlySpan<byte> offsetWord, Func<ReadOnlySpan<byte>, T> read)
    {
        var items = Tail(data, offsetWord, Word, out var count);
        var values = new T[count];
        for (var i = 0; i < count; i++) values[i] = read(items.Slice(i * Word, Word));
        return values;
    }

    private static FormatException Malformed(string problem) => new($"A WorkRegistered log's data {problem}.");
}
