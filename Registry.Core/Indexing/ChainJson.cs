using System.Text;
using System.Text.Json;

namespace Registry.Core.Indexing;

/// <summary>
/// Reads the results of the JSON-RPC calls the indexer makes with <see cref="Utf8JsonReader"/>, straight into the
/// compact forms it keeps. Each method starts on the result's first token and ends on its last.
/// </summary>
internal static class ChainJson
{
    public static long ReadQuantity(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? Hex.ParseQuantity(Utf8(ref reader)) : throw Unexpected(reader, "a hex quantity");

    /// <summary>An eth_getLogs result. The hashes of consecutive logs of one block or transaction share one string.</summary>
    public static List<RawLog> ReadLogs(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw Unexpected(reader, "an array of logs");
        var logs = new List<RawLog>();
        var addresses = new List<string>(4);
        string? blockHash = null, transactionHash = null;
        Span<byte> topics = stackalloc byte[4 * RawLog.WordSize];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(reader, "a log");
            string? address = null, logBlockHash = null, logTransactionHash = null;
            byte[]? logTopics = null, data = null;
            long? blockNumber = null, blockTimestamp = null, transactionIndex = null, logIndex = null;
            var removed = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null) continue;
                if (name.ValueTextEquals("address"u8)) address = Reuse(Utf8(ref reader), addresses);
                else if (name.ValueTextEquals("topics"u8)) logTopics = ReadTopics(ref reader, topics);
                else if (name.ValueTextEquals("data"u8)) data = Hex.ParseData(Utf8(ref reader));
                else if (name.ValueTextEquals("blockHash"u8)) logBlockHash = Reuse(Utf8(ref reader), ref blockHash);
                else if (name.ValueTextEquals("blockNumber"u8)) blockNumber = ReadQuantity(ref reader);
                else if (name.ValueTextEquals("blockTimestamp"u8)) blockTimestamp = ReadQuantity(ref reader);
                else if (name.ValueTextEquals("transactionHash"u8)) logTransactionHash = Reuse(Utf8(ref reader), ref transactionHash);
                else if (name.ValueTextEquals("transactionIndex"u8)) transactionIndex = ReadQuantity(ref reader);
                else if (name.ValueTextEquals("logIndex"u8)) logIndex = ReadQuantity(ref reader);
                else if (name.ValueTextEquals("removed"u8)) removed = reader.GetBoolean();
                else reader.Skip();
            }
            logs.Add(new RawLog
            {
                Address = address ?? throw Missing("address"),
                Topics = logTopics ?? throw Missing("topics"),
                Data = data ?? throw Missing("data"),
                BlockNumber = blockNumber ?? throw Missing("blockNumber"),
                BlockHash = logBlockHash ?? throw Missing("blockHash"),
                BlockTimestamp = blockTimestamp,
                TransactionHash = logTransactionHash ?? throw Missing("transactionHash"),
                TransactionIndex = checked((int)(transactionIndex ?? throw Missing("transactionIndex"))),
                LogIndex = checked((int)(logIndex ?? throw Missing("logIndex"))),
                Removed = removed,
            });
        }
        return logs;
    }

    /// <summary>An eth_getBlockByNumber result (without transactions); null when the node has no such block.</summary>
    public static RawBlockHeader? ReadHeader(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(reader, "a block");
        long? number = null, timestamp = null;
        string? hash = null, parentHash = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null) continue;
            if (name.ValueTextEquals("number"u8)) number = ReadQuantity(ref reader);
            else if (name.ValueTextEquals("hash"u8)) hash = reader.GetString();
            else if (name.ValueTextEquals("parentHash"u8)) parentHash = reader.GetString();
            else if (name.ValueTextEquals("timestamp"u8)) timestamp = ReadQuantity(ref reader);
            else reader.Skip();
        }
        return new RawBlockHeader(number ?? throw Missing("number"), hash ?? throw Missing("hash"), parentHash ?? throw Missing("parentHash"),
            timestamp ?? throw Missing("timestamp"));
    }

    private static byte[] ReadTopics(ref Utf8JsonReader reader, scoped Span<byte> buffer)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw Unexpected(reader, "an array of topics");
        var length = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var topic = Hex.ParseData(Utf8(ref reader));
            if (topic.Length != RawLog.WordSize || length == buffer.Length) throw new FormatException("A log has a topic that is not 32 bytes, or more than 4 topics.");
            topic.CopyTo(buffer[length..]);
            length += RawLog.WordSize;
        }
        return buffer[..length].ToArray();
    }

    private static ReadOnlySpan<byte> Utf8(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw Unexpected(reader, "a string");
        return reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
    }

    private static string Reuse(ReadOnlySpan<byte> utf8, ref string? last) =>
        last is not null && Ascii.Equals(utf8, last) ? last : last = Encoding.UTF8.GetString(utf8);

    private static string Reuse(ReadOnlySpan<byte> utf8, List<string> seen)
    {
        foreach (var value in seen)
            if (Ascii.Equals(utf8, value)) return value;
        var added = Encoding.UTF8.GetString(utf8);
        if (seen.Count < 8) seen.Add(added);
        return added;
    }

    private static FormatException Missing(string field) => new($"The node's answer lacks '{field}'.");

    private static FormatException Unexpected(Utf8JsonReader reader, string expected) =>
        new($"The node's answer has {reader.TokenType} where {expected} was expected (at byte {reader.TokenStartIndex}).");
}
