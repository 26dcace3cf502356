using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Registry.Tests.Core.Indexing.Reorgs;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

/// <summary>GET /api/status of the real app, indexing contracts on the shared anvil through a proxy that can fail the node.</summary>
[Collection("chain")]
public sealed class StatusApiTests(AnvilFixture anvil)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task GetStatus_AsTheIndexerFollowsAReorganisationAndAnOutage_SaysWhereItIsWhatWasRolledBackAndWhatFails()
    {
        await using var proxy = new FaultyRpcProxy(anvil.RpcUrl);
        var firstBlock = (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        var chain = await RegistryDeployment.DeployAsync(anvil.RpcUrl);
        var activity = new ChainActivity(anvil.RpcUrl, chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.Orphaned(3));
        await using var app = await RegistryAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Chain:RpcUrl"] = proxy.Url,
            ["Chain:ChainId"] = AnvilFixture.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Chain:WorkRegistryAddress"] = chain.WorkRegistryAddress,
            ["Chain:WorkLicensingAddress"] = chain.WorkLicensingAddress!,
            ["Chain:WorkDisputesAddress"] = chain.WorkDisputesAddress!,
            ["Chain:SignerKey"] = chain.SignerKey,
            ["Indexer:StartBlock"] = firstBlock.ToString(CultureInfo.InvariantCulture),
            ["Indexer:PollInterval"] = "00:00:00.200",
            ["Indexer:RetryDelay"] = "00:00:00.100",
            ["Indexer:MaxRetryDelay"] = "00:00:00.400",
        });
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var head = await activity.HeadAsync();

        var caughtUp = await WaitForAsync(http, s => s.GetProperty("indexedBlock").ValueKind == JsonValueKind.Number && s.GetProperty("indexedBlock").GetInt64() == head);
        Assert.Equal(AnvilFixture.ChainId, caughtUp.GetProperty("chainId").GetInt64());
        Assert.Equal(head, caughtUp.GetProperty("headBlock").GetInt64());
        Assert.Equal(0, caughtUp.GetProperty("lag").GetInt64());
        Assert.Equal(await LogCountAsync(chain, firstBlock, head), caughtUp.GetProperty("eventsIndexed").GetInt64());
        Assert.False(caughtUp.GetProperty("backfilling").GetBoolean());
        Assert.Equal(1.0, caughtUp.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.Null, caughtUp.GetProperty("lastReorg").ValueKind);
        Assert.Equal(JsonValueKind.Null, caughtUp.GetProperty("lastError").ValueKind);
        Assert.False(caughtUp.GetProperty("retrying").GetBoolean());

        var beforeReorg = DateTimeOffset.UtcNow;
        await activity.ReorgAsync(2, activity.Canonical(2));
        var reorganised = await WaitForAsync(http, s => s.GetProperty("lastReorg").ValueKind == JsonValueKind.Object);
        Assert.Equal(2, reorganised.GetProperty("lastReorg").GetProperty("depth").GetInt64());
        Assert.InRange(reorganised.GetProperty("lastReorg").GetProperty("at").GetDateTimeOffset(), beforeReorg, DateTimeOffset.UtcNow);

        var outage = DateTimeOffset.UtcNow;
        proxy.Fail(RpcFault.Http500);
        var failing = await WaitForAsync(http, s => s.GetProperty("retrying").GetBoolean() && s.GetProperty("lastError").GetProperty("attempts").GetInt32() >= 2);
        var error = failing.GetProperty("lastError");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.InRange(error.GetProperty("since").GetDateTimeOffset(), outage, DateTimeOffset.UtcNow);
        Assert.True(error.GetProperty("nextAttemptAt").GetDateTimeOffset() > error.GetProperty("since").GetDateTimeOffset());

        proxy.Fail(RpcFault.None);
        var mended = await WaitForAsync(http, s => !s.GetProperty("retrying").GetBoolean());
        Assert.Equal(JsonValueKind.Null, mended.GetProperty("lastError").ValueKind);
        Assert.Equal(2, mended.GetProperty("lastReorg").GetProperty("depth").GetInt64());
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient http, Func<JsonElement, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>("/api/status");
            if (condition(status)) return status;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"The status never came to the expected state: {status}");
            await Task.Delay(100);
        }
    }

    private async Task<long> LogCountAsync(Registry.Core.Chain.ChainConnection chain, long from, long to)
    {
        var logs = await anvil.CreateWeb3().Eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
        {
            Address = chain.IndexedContracts().ToArray(),
            FromBlock = new BlockParameter(new HexBigInteger(from)),
            ToBlock = new BlockParameter(new HexBigInteger(to)),
        });
        return logs.Length;
    }
}
