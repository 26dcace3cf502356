using System.Text;
using System.Text.Json;
using Registry.Core.Indexing;

namespace Registry.Tests.Core.Indexing;

/// <summary>JSON-RPC results read with Utf8JsonReader into the indexer's compact forms.</summary>
public sealed class ChainJsonTests
{
    private const string Block = "0x1111111111111111111111111111111111111111111111111111111111111111";
    private const string Tx = "0x2222222222222222222222222222222222222222222222222222222222222222";

    [Fact]
    public void ReadLogs_OfAnEthGetLogsResult_KeepsEveryFieldAndSharesTheHashesOfABlockAndATransaction()
    {
        var json = $$"""
            [{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":["0x{{new string('a', 64)}}","0x{{new string('0', 63)}}7"],
              "data":"0x00ff","blockHash":"{{Block}}","blockNumber":"0x1a","blockTimestamp":"0x6b07217d","transactionHash":"{{Tx}}",
              "transactionIndex":"0x2","logIndex":"0x5","removed":false,"extra":{"ignored":[1,2]} },
             {"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":[],"data":"0x","blockHash":"{{Block}}","blockNumber":"0x1a",
              "transactionHash":"{{Tx}}","transactionIndex":"0x2","logIndex":"0x6","removed":false}]
            """;

        var logs = Read(json, ChainJson.ReadLogs);

        Assert.Equal(2, logs.Count);
        var first = logs[0];
        Assert.Equal(("0x5fbdb2315678afecb367f032d93f642f64180aa3", 26L, Block, Tx, 2, 5, 0x6b07217dL), (first.Address, first.BlockNumber, first.BlockHash, first.TransactionHash, first.TransactionIndex, first.LogIndex, first.BlockTimestamp));
        Assert.Equal(2, first.TopicCount);
        Assert.Equal(Enumerable.Repeat((byte)0xAA, 32), first.Topic(0).ToArray());
        Assert.Equal(7, first.Topic(1)[31]);
        Assert.Equal([0x00, 0xFF], first.Data);
        Assert.Null(logs[1].BlockTimestamp);
        Assert.Empty(logs[1].Data);
        Assert.Equal(0, logs[1].TopicCount);
        Assert.Same(first.BlockHash, logs[1].BlockHash);
        Assert.Same(first.TransactionHash, logs[1].TransactionHash);
        Assert.Same(first.Address, logs[1].Address);
    }

    [Fact]
    public void ReadLogs_WhenALogLacksItsBlockNumber_Throws() =>
        Assert.Throws<FormatException>(() => Read($$"""[{"address":"0x01","topics":[],"data":"0x","blockHash":"{{Block}}","transactionHash":"{{Tx}}","transactionIndex":"0x0","logIndex":"0x0"}]""", ChainJson.ReadLogs));

    [Fact]
    public void ReadLogs_WhenATopicIsNotThirtyTwoBytes_Throws() =>
        Assert.Throws<FormatException>(() => Read($$"""[{"address":"0x01","topics":["0x01"],"data":"0x","blockHash":"{{Block}}","blockNumber":"0x1","transactionHash":"{{Tx}}","transactionIndex":"0x0","logIndex":"0x0"}]""", ChainJson.ReadLogs));

    [Fact]
    public void ReadHeader_OfABlock_ReadsNumberHashesAndTime_AndOfNoBlockNull()
    {
        var header = Read($$"""{"hash":"{{Block}}","parentHash":"{{Tx}}","number":"0x10","timestamp":"0x5","transactions":["{{Tx}}"],"logsBloom":"0x00"}""", ChainJson.ReadHeader);

        Assert.Equal(new RawBlockHeader(16, Block, Tx, 5), header);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(5), header!.Time);
        Assert.Null(Read("null", ChainJson.ReadHeader));
    }

    [Theory]
    [InlineData("\"0x0\"", 0)]
    [InlineData("\"0x1b4\"", 436)]
    [InlineData("\"0x7fffffffffffffff\"", long.MaxValue)]
    public void ReadQuantity_ReadsHex(string json, long expected) => Assert.Equal(expected, Read(json, ChainJson.ReadQuantity));

    [Theory]
    [InlineData("\"0x\"")]
    [InlineData("\"12\"")]
    [InlineData("\"0x8000000000000000\"")]
    [InlineData("\"0xg1\"")]
    [InlineData("12")]
    public void ReadQuantity_OfWhatIsNotAHexQuantity_Throws(string json) => Assert.Throws<FormatException>(() => Read(json, ChainJson.ReadQuantity));

    private static T Read<T>(string json, JsonRpcResultReader<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }
}
