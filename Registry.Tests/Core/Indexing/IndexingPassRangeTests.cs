using Microsoft.EntityFrameworkCore;
using Registry.Core.Indexing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>A whole pass behind a node that refuses large answers: the ranges shrink, nothing is skipped or doubled, one range is fetched at a time.</summary>
[Collection("chain")]
public sealed class IndexingPassRangeTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Run_WhenTheNodeRefusesAnswersOfMoreThanItsLimit_ShrinksTheRangeAndIndexesEveryRegistrationOnce()
    {
        var firstBlock = (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        var disputes = await anvil.DeployWorkDisputesAsync(registry, licensing);
        await RegistryBatches.RegisterAsync(anvil, registry, transactions: 12, worksPerTransaction: 20);
        await using var proxy = new LogLimitProxy(anvil.RpcUrl, maxLogs: 100);
        var chain = new Registry.Core.Chain.ChainConnection(proxy.Url, AnvilFixture.ChainId, registry, Registry.Core.Chain.ChainOptions.DevChainSignerKey, 0,
            WorkLicensingAddress: licensing, WorkDisputesAddress: disputes);
        await using var host = await CoreHost.StartAsync(chain, new Dictionary<string, string?> { ["Indexer:StartBlock"] = $"{firstBlock}" });

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(12 * 20, written);
        await using var db = await host.DbAsync();
        Assert.Equal((240, 240), (await db.Works.CountAsync(), await db.WorkEvents.CountAsync()));
        Assert.Equal(Enumerable.Range(1, 240).Select(i => (long)i), await db.Works.OrderBy(w => w.WorkId).Select(w => w.WorkId).ToListAsync());
        var queries = proxy.Queries;
        Assert.Contains(queries, q => q.Logs is null);
        Assert.All(queries.Where(q => q.Logs is not null), q => Assert.InRange(q.Logs!.Value, 0, 100));
        Assert.Equal(1, proxy.MostLogQueriesInFlight);
    }
}
