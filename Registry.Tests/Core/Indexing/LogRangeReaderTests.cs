using Registry.Core.Indexing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>The adaptive block range against a real anvil, directly and behind a proxy that refuses answers with too many logs.</summary>
[Collection("chain")]
public sealed class LogRangeReaderTests(AnvilFixture anvil)
{
    private const int LogsPerBlock = 10;

    [Fact]
    public async Task ReadAsync_WhenTheNodeRefusesTooManyResults_HalvesTheRangeUntilItPassesAndReadsEveryLogOnce()
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var (first, last) = await RegistryBatches.RegisterAsync(anvil, registry, transactions: 16, worksPerTransaction: LogsPerBlock / 2);
        await using var proxy = new LogLimitProxy(anvil.RpcUrl, maxLogs: 25);
        using var http = new HttpClient();
        var reader = Reader(http, proxy.Url, registry, new IndexerOptions { MaxBlockRange = 16, TargetLogsPerRange = 1_000 });

        var ranges = await ReadAllAsync(reader, first, last);

        var logs = ranges.SelectMany(r => r.Logs).ToList();
        Assert.Equal(16 * LogsPerBlock, logs.Count);
        Assert.Equal(logs.Count, logs.Select(l => (l.TransactionHash, l.LogIndex)).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, (int)(last - first + 1)).Select(i => first + i), ranges.SelectMany(r => Blocks(r.From, r.To)));
        var queries = proxy.Queries;
        Assert.Equal([16L, 8L, 4L], queries.Take(3).Select(q => q.Blocks));
        Assert.All(queries.Take(3), q => Assert.Null(q.Logs));
        // Refused at 4 blocks, then at 3 (grown short of the refused size): at most two blocks pass from then on, and no more refusals.
        Assert.All(queries.Where(q => q.Logs is not null), q => Assert.True(q.Blocks <= 2, $"{q.Blocks} blocks read after the node refused 3"));
        Assert.InRange(queries.Count(q => q.Logs is null), 3, 4);
        Assert.True(queries.Last(q => q.Logs is null) is var lastRefusal && queries.ToList().IndexOf(lastRefusal) < 6, "the range settled");
    }

    [Fact]
    public async Task ReadAsync_OnAQuietChain_DoublesTheRangeUpToTheCap()
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var first = await BlockNumberAsync() + 1;
        await anvil.RpcAsync<object>("anvil_mine", "0x64");
        using var http = new HttpClient();
        var reader = Reader(http, anvil.RpcUrl, registry, new IndexerOptions { MaxBlockRange = 40, TargetLogsPerRange = 10 });

        var ranges = await ReadAllAsync(reader, first, first + 99);

        Assert.Equal([16L, 32L, 40L, 12L], ranges.Select(r => r.To - r.From + 1));
        Assert.All(ranges, r => Assert.Empty(r.Logs));
    }

    [Fact]
    public async Task ReadAsync_WhenARangeReturnsMoreThanTwiceTheTarget_HalvesTheNextOne()
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var (first, last) = await RegistryBatches.RegisterAsync(anvil, registry, transactions: 16, worksPerTransaction: LogsPerBlock / 2);
        using var http = new HttpClient();
        var reader = Reader(http, anvil.RpcUrl, registry, new IndexerOptions { MaxBlockRange = 8, TargetLogsPerRange = 10 });

        var ranges = await ReadAllAsync(reader, first, last);

        // 80 logs, then 40: more than twice 10 each time; 20 is not, so two blocks a range from then on.
        Assert.Equal([8L, 4L, 2L, 2L], ranges.Select(r => r.To - r.From + 1));
        Assert.Equal(16 * LogsPerBlock, ranges.Sum(r => r.Logs.Count));
    }

    [Fact]
    public async Task ReadAsync_GivesEachRangeTheTimesOfItsLogsBlocksAndTheHeadersOfItsNewestBlocks()
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var (first, last) = await RegistryBatches.RegisterAsync(anvil, registry, transactions: 3, worksPerTransaction: 1);
        using var http = new HttpClient();
        var reader = Reader(http, anvil.RpcUrl, registry, new IndexerOptions { MaxBlockRange = 16, ReorgWindow = 2 });

        var range = await reader.ReadAsync(first, last, CancellationToken.None);

        var web3 = anvil.CreateWeb3();
        foreach (var block in Blocks(first, last))
        {
            var header = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new Nethereum.Hex.HexTypes.HexBigInteger(block));
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value), range.BlockTimes[block]);
            if (block > last - 2) Assert.Contains(new Registry.Core.Indexing.Reorgs.BlockHeader(block, header.BlockHash, header.ParentHash), range.RecentHeaders);
        }
        Assert.Equal([last - 1, last], range.RecentHeaders.Select(h => h.Number));
        Assert.Equal(range.RecentHeaders[^1].Hash, range.ToBlockHash);
    }

    private static LogRangeReader Reader(HttpClient http, string url, string registry, IndexerOptions options) =>
        new(new ChainLogSource(new JsonRpcClient(http, url, 1 << 24)), [registry], options);

    private static async Task<List<LogRange>> ReadAllAsync(LogRangeReader reader, long first, long last)
    {
        var ranges = new List<LogRange>();
        for (var from = first; from <= last; from = ranges[^1].To + 1)
            ranges.Add(await reader.ReadAsync(from, last, CancellationToken.None));
        return ranges;
    }

    private static IEnumerable<long> Blocks(long from, long to) => Enumerable.Range(0, (int)(to - from + 1)).Select(i => from + i);

    private async Task<long> BlockNumberAsync() => (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
}
