using Microsoft.EntityFrameworkCore;
using Registry.Core.Indexing;
using Registry.Core.Indexing.Reorgs;
using Registry.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Registry.Tests.Core.Indexing.Reorgs;

/// <summary>
/// Reorganisations made by anvil (<c>anvil_reorg</c> replaces the newest blocks with blocks of other transactions) while
/// the indexer follows the head and while it backfills; after each the read model must be exactly the one a fresh
/// indexer builds from the canonical chain.
/// </summary>
[Collection("chain")]
public sealed class ReorgTests(AnvilFixture anvil, ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public async Task Run_AfterAReorganisationWhileFollowingTheHead_LeavesTheReadModelAFreshIndexerBuilds(int depth)
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var activity = new ChainActivity(anvil.RpcUrl, host.Chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.Orphaned(depth));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var canonical = activity.Canonical(depth + 2);
        await activity.ReorgAsync(depth, canonical);
        await activity.SendAsync(canonical.Skip(depth));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var reorg = host.Get<IndexerStatus>().LastReorg;
        Assert.NotNull(reorg);
        Assert.Equal(depth, reorg.Depth);
        output.WriteLine($"Depth {depth}: rolled back in {reorg.RollbackTime.TotalMilliseconds:F1} ms");
        await AssertSameAsFreshIndexerAsync(host);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public async Task CatchUp_WhenTheChainReorganisesMidBackfill_LeavesTheReadModelAFreshIndexerBuilds(int depth)
    {
        var startBlock = (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        await using var proxy = new FaultyRpcProxy(anvil.RpcUrl);
        var settings = new Dictionary<string, string?>
        {
            ["Chain:RpcUrl"] = proxy.Url,
            ["Indexer:StartBlock"] = startBlock.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Indexer:MaxBlockRange"] = "3",
            ["Indexer:RetryDelay"] = "00:00:00.010",
        };
        await using var host = await CoreHost.StartAsync(anvil, settings: settings);
        var activity = new ChainActivity(anvil.RpcUrl, host.Chain);
        await activity.SetUpAsync();
        var historyStart = await activity.HeadAsync() + 1;
        await activity.SendAsync(activity.History(30));

        // Once the indexer is past the set-up by more than the depth, the next range it asks for comes from a chain
        // whose blocks from `depth` below its checkpoint on are new.
        var reorganised = false;
        proxy.BeforeForward = async method =>
        {
            if (reorganised || method != "eth_getLogs") return;
            await using var db = await host.DbAsync();
            var indexed = (await db.IndexerCheckpoints.SingleOrDefaultAsync())?.BlockNumber;
            if (indexed is null || indexed < historyStart + depth + 2) return;
            reorganised = true;
            var replaced = (int)(await activity.HeadAsync() - indexed.Value) + depth;
            await activity.ReorgAsync(replaced, activity.Canonical(replaced));
        };
        await host.Get<ChainIndexer>().CatchUpAsync(CancellationToken.None);

        Assert.True(reorganised);
        var reorg = host.Get<IndexerStatus>().LastReorg;
        Assert.NotNull(reorg);
        // A range read before the reorganisation may still be written after it, orphaning more blocks than it replaced under the checkpoint.
        Assert.InRange(reorg.Depth, depth, depth + 3);
        output.WriteLine($"Depth {reorg.Depth} mid-backfill: rolled back in {reorg.RollbackTime.TotalMilliseconds:F1} ms");
        await AssertSameAsFreshIndexerAsync(host, settings);
    }

    [Fact]
    public async Task Run_WithConfirmations_RollsBackOnlyTheIndexedBlocksTheReorganisationReplaced()
    {
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Chain:Confirmations"] = "2" });
        var activity = new ChainActivity(anvil.RpcUrl, host.Chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.Orphaned(5));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await activity.ReorgAsync(5, activity.Canonical(5));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        // The two newest blocks were not yet indexed, so three indexed blocks were orphaned.
        Assert.Equal(3, host.Get<IndexerStatus>().LastReorg?.Depth);
        await AssertSameAsFreshIndexerAsync(host, new Dictionary<string, string?> { ["Chain:Confirmations"] = "2" });
    }

    [Fact]
    public async Task Run_WhenTheReorganisationIsDeeperThanTheWindow_FailsAskingForAReindexAndChangesNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Indexer:ReorgWindow"] = "3" });
        var activity = new ChainActivity(anvil.RpcUrl, host.Chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.Orphaned(5));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using var before = await host.DbAsync();
        var indexed = await ReadModelSnapshot.CaptureAsync(before);

        await activity.ReorgAsync(5, activity.Canonical(5));
        var refused = await Assert.ThrowsAsync<ReorgTooDeepException>(() => host.Get<IndexingPass>().RunAsync(CancellationToken.None));

        Assert.Contains("deeper than the 3 blocks", refused.Message);
        Assert.Contains("reindex", refused.Message);
        await using var after = await host.DbAsync();
        (await ReadModelSnapshot.CaptureAsync(after)).AssertSameAs(indexed);
    }

    /// <summary>A second host with an empty database indexes the same contracts from scratch; both read models must be equal.</summary>
    private async Task AssertSameAsFreshIndexerAsync(CoreHost host, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fresh = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Chain:RpcUrl"] = anvil.RpcUrl };
        await using var clean = await CoreHost.StartAsync(anvil, host.Chain.WorkRegistryAddress, settings: fresh,
            licensingAddress: host.Chain.WorkLicensingAddress, disputesAddress: host.Chain.WorkDisputesAddress);
        await clean.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var reorganised = await host.DbAsync();
        await using var scratch = await clean.DbAsync();
        var expected = await ReadModelSnapshot.CaptureAsync(scratch);
        (await ReadModelSnapshot.CaptureAsync(reorganised)).AssertSameAs(expected);
        Assert.True(expected.Rows("Works") > 3 && expected.Rows("Licences") > 0, $"The chain holds too little to compare: {expected}");
    }
}
