using System.Diagnostics;
using Registry.Core.Chain;
using Registry.Core.Indexing;
using Registry.Tests.Core.Indexing.Reorgs;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The indexer behind a proxy that makes the node fail (HTTP 500, JSON-RPC errors, dropped connections, slowness) or
/// behind a node that is stopped mid-backfill and started again: it retries with backoff, says so in its status, and
/// ends with exactly the read model of an undisturbed run.
/// </summary>
[Collection("chain")]
public sealed class ChainIndexerFaultTests(AnvilFixture anvil)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan RetryCap = TimeSpan.FromMilliseconds(80);

    [Theory]
    [InlineData(RpcFault.Http500)]
    [InlineData(RpcFault.JsonRpcError)]
    [InlineData(RpcFault.CloseConnection)]
    public async Task CatchUp_WhenTheNodeFailsMidBackfill_RetriesWithBackoffReportsItAndSkipsNothing(RpcFault fault)
    {
        await using var proxy = new FaultyRpcProxy(anvil.RpcUrl);
        var (chain, firstBlock) = await DeployAsync(anvil.RpcUrl);
        await using var host = await CoreHost.StartAsync(chain with { RpcUrl = proxy.Url }, Backfill(firstBlock));
        var activity = new ChainActivity(anvil.RpcUrl, chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.History(20));
        var status = host.Get<IndexerStatus>();
        proxy.BeforeForward = method =>
        {
            if (method == "eth_getLogs" && proxy.Calls("eth_getLogs") == 3) proxy.Fail(fault);
            return Task.CompletedTask;
        };
        // The node mends after the fourth failed attempt in a row, however many requests each attempt made.
        var mended = Task.Run(async () =>
        {
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(1))
            {
                if (status.Fault is not { Attempts: 4 } fourth) continue;
                proxy.Fail(RpcFault.None);
                return fourth;
            }
            proxy.Fail(RpcFault.None);
            throw new TimeoutException("The indexer never failed four times in a row.");
        });

        var watch = Stopwatch.StartNew();
        await host.Get<ChainIndexer>().CatchUpAsync(CancellationToken.None);

        var reported = await mended;
        Assert.True(proxy.FaultsInjected >= 4);
        Assert.False(string.IsNullOrWhiteSpace(reported.LastError));
        if (fault == RpcFault.JsonRpcError) Assert.Contains("injected fault", reported.LastError);
        Assert.True(reported.NextAttemptAt > reported.Since);
        // Waits of 20, 40, 80 and 80 ms (the cap) before the attempts after each failure.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(220), $"Retried after {watch.Elapsed.TotalMilliseconds} ms in all.");
        Assert.Null(status.Fault);
        await AssertSameAsUndisturbedRunAsync(host, chain, firstBlock);
    }

    [Fact]
    public async Task CatchUp_WhenTheNodeIsSlow_WaitsForItWithoutFailing()
    {
        await using var proxy = new FaultyRpcProxy(anvil.RpcUrl) { Delay = TimeSpan.FromMilliseconds(30) };
        var (chain, firstBlock) = await DeployAsync(anvil.RpcUrl);
        await using var host = await CoreHost.StartAsync(chain with { RpcUrl = proxy.Url }, Backfill(firstBlock));
        var activity = new ChainActivity(anvil.RpcUrl, chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.History(6));
        var faults = 0;
        proxy.BeforeForward = _ => { if (host.Get<IndexerStatus>().Fault is not null) faults++; return Task.CompletedTask; };
        proxy.Fail(RpcFault.Delay);

        await host.Get<ChainIndexer>().CatchUpAsync(CancellationToken.None);

        Assert.True(proxy.FaultsInjected > 10);
        Assert.Equal(0, faults);
        await AssertSameAsUndisturbedRunAsync(host, chain, firstBlock);
    }

    [Fact]
    public async Task CatchUp_WhenTheNodeHangsPastTheTimeout_RetriesAndReportsTheTimeout()
    {
        await using var proxy = new FaultyRpcProxy(anvil.RpcUrl) { Delay = TimeSpan.FromSeconds(2) };
        var (chain, firstBlock) = await DeployAsync(anvil.RpcUrl);
        var settings = Backfill(firstBlock);
        settings["Indexer:RpcTimeout"] = "00:00:00.300";
        await using var host = await CoreHost.StartAsync(chain with { RpcUrl = proxy.Url }, settings);
        var activity = new ChainActivity(anvil.RpcUrl, chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.History(6));
        var status = host.Get<IndexerStatus>();
        proxy.Fail(RpcFault.Delay);
        var mended = Task.Run(async () =>
        {
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(5))
            {
                if (status.Fault is not { Attempts: 2 } second) continue;
                proxy.Fail(RpcFault.None);
                return second;
            }
            proxy.Fail(RpcFault.None);
            throw new TimeoutException("The indexer never timed out twice.");
        });

        await host.Get<ChainIndexer>().CatchUpAsync(CancellationToken.None);

        var reported = await mended;
        Assert.Contains("cannot be reached", reported.LastError);
        Assert.Null(status.Fault);
        await AssertSameAsUndisturbedRunAsync(host, chain, firstBlock);
    }

    [Fact]
    public async Task CatchUp_WhenTheNodeIsStoppedMidBackfillAndStartedAgain_ReportsTheOutageAndResumesWhereItStopped()
    {
        using var folder = new TempDirectory("registry-node");
        var stateFile = folder.Combine("anvil-state.json");
        var node = await AnvilProcess.StartAsync(AnvilFixture.ChainId, stateFile);
        try
        {
            await using var proxy = new FaultyRpcProxy(node.RpcUrl);
            var (chain, firstBlock) = await DeployAsync(node.RpcUrl);
            await using var host = await CoreHost.StartAsync(chain with { RpcUrl = proxy.Url }, Backfill(firstBlock, retryCap: TimeSpan.FromMilliseconds(300)));
            var activity = new ChainActivity(node.RpcUrl, chain);
            await activity.SetUpAsync();
            await activity.SendAsync(activity.History(30));
            var status = host.Get<IndexerStatus>();

            IndexerFault? duringOutage = null;
            Task? restart = null;
            proxy.BeforeForward = async method =>
            {
                if (restart is not null || method != "eth_getLogs" || proxy.Calls("eth_getLogs") < 4) return;
                await node.DisposeAsync(); // SIGTERM: anvil writes its state file and exits
                restart = Task.Run(async () =>
                {
                    var deadline = Stopwatch.StartNew();
                    while (deadline.Elapsed < TimeSpan.FromSeconds(20) && status.Fault is not { Attempts: >= 3 }) await Task.Delay(20);
                    duringOutage = status.Fault;
                    node = await AnvilProcess.StartAsync(AnvilFixture.ChainId, stateFile);
                    proxy.Upstream = node.RpcUrl;
                });
            };

            await host.Get<ChainIndexer>().CatchUpAsync(CancellationToken.None);

            Assert.NotNull(restart);
            await restart;
            Assert.NotNull(duringOutage);
            Assert.True(duringOutage.Attempts >= 3);
            Assert.Null(status.Fault);
            await AssertSameAsUndisturbedRunAsync(host, chain with { RpcUrl = node.RpcUrl }, firstBlock);
        }
        finally
        {
            await node.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Backfill(long firstBlock, TimeSpan? retryCap = null) => new()
    {
        ["Indexer:StartBlock"] = firstBlock.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Indexer:MaxBlockRange"] = "3",
        ["Indexer:RetryDelay"] = FirstRetry.ToString(),
        ["Indexer:MaxRetryDelay"] = (retryCap ?? RetryCap).ToString(),
    };

    /// <summary>Fresh contracts, and the block before them: a node may hold other tests' blocks, which need not be read.</summary>
    private static async Task<(ChainConnection Chain, long FirstBlock)> DeployAsync(string rpcUrl)
    {
        var head = (long)(await new Nethereum.Web3.Web3(rpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        return (await RegistryDeployment.DeployAsync(rpcUrl), head + 1);
    }

    private static async Task AssertSameAsUndisturbedRunAsync(CoreHost host, ChainConnection chain, long firstBlock)
    {
        var settings = new Dictionary<string, string?> { ["Indexer:StartBlock"] = firstBlock.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var clean = await CoreHost.StartAsync(chain, settings);
        await clean.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using var disturbed = await host.DbAsync();
        await using var undisturbed = await clean.DbAsync();
        var expected = await ReadModelSnapshot.CaptureAsync(undisturbed);
        (await ReadModelSnapshot.CaptureAsync(disturbed)).AssertSameAs(expected);
        Assert.True(expected.Rows("Works") > 3, $"The chain holds too little to compare: {expected}");
    }
}
