using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Persistence;
using Registry.Tests.Core.Indexing.Reorgs;
using Registry.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Registry.Tests.Web.CommandLine;

/// <summary>The app's command-line verbs run as an operator runs them: <c>dotnet Registry.Web.dll …</c> with settings in the environment.</summary>
[Collection("chain")]
public sealed class CommandLineVerbsTests(AnvilFixture anvil, ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Reindex_OfADamagedReadModel_RebuildsItFromTheChainKeepingAccountsAndReadMarks()
    {
        var (chain, firstBlock) = await ChainWithActivityAsync();
        using var data = new TempDirectory("registry-reindex");
        await RunAsync(chain, firstBlock, data.Path, "index", "--until-head");
        var readAt = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);
        await using (var db = Database(data.Path))
        {
            db.Users.Add(new RegistryUser { UserName = "kept@example.com", Email = "kept@example.com", Address = "0x" + new string('c', 40) });
            (await db.Notifications.FirstAsync()).ReadAt = readAt;
            db.Works.Remove(await db.Works.OrderBy(w => w.WorkId).LastAsync());
            (await db.Works.FirstAsync()).Owner = "0x" + new string('d', 40);
            (await db.Offers.FirstAsync()).Sold = 99;
            await db.SaveChangesAsync();
        }

        var printed = await RunAsync(chain, firstBlock, data.Path, "reindex");

        Assert.Contains(printed, line => line.StartsWith("Indexed block ", StringComparison.Ordinal));
        Assert.StartsWith("Re-indexed up to block ", printed[^1]);
        using var fresh = new TempDirectory("registry-fresh");
        await RunAsync(chain, firstBlock, fresh.Path, "reindex");
        await using var rebuilt = Database(data.Path);
        Assert.Equal("kept@example.com", (await rebuilt.Users.SingleAsync()).Email);
        var read = await rebuilt.Notifications.SingleAsync(n => n.ReadAt != null);
        Assert.Equal(readAt, read.ReadAt);
        await using (var reference = Database(fresh.Path))
        {
            (await reference.Notifications.SingleAsync(n => n.Recipient == read.Recipient && n.TransactionHash == read.TransactionHash && n.LogIndex == read.LogIndex)).ReadAt = readAt;
            await reference.SaveChangesAsync();
        }
        var expected = await ReadModelSnapshot.CaptureAsync(Path.Combine(fresh.Path, "registry.db"));
        (await ReadModelSnapshot.CaptureAsync(rebuilt)).AssertSameAs(expected);
    }

    [Fact]
    public async Task Index_WithoutUntilHead_ExplainsItsUsageAndFails()
    {
        using var data = new TempDirectory("registry-usage");
        using var command = RegistryCommandProcess.Start(new Dictionary<string, string> { ["Storage:DataDirectory"] = data.Path }, "index");

        Assert.Equal(2, await command.WaitForExitAsync(Limit));
        Assert.Contains("index --until-head", command.Output);
    }

    private async Task<(ChainConnection Chain, long FirstBlock)> ChainWithActivityAsync()
    {
        var firstBlock = (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        var chain = await RegistryDeployment.DeployAsync(anvil.RpcUrl);
        var activity = new ChainActivity(anvil.RpcUrl, chain);
        await activity.SetUpAsync();
        await activity.SendAsync(activity.Orphaned(8));
        return (chain, firstBlock);
    }

    private async Task<IReadOnlyList<string>> RunAsync(ChainConnection chain, long firstBlock, string dataDirectory, params string[] args)
    {
        using var command = RegistryCommandProcess.Start(new Dictionary<string, string>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Chain:RpcUrl"] = chain.RpcUrl,
            ["Chain:ChainId"] = chain.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Chain:WorkRegistryAddress"] = chain.WorkRegistryAddress,
            ["Chain:WorkLicensingAddress"] = chain.WorkLicensingAddress!,
            ["Chain:WorkDisputesAddress"] = chain.WorkDisputesAddress!,
            ["Chain:SignerKey"] = chain.SignerKey,
            ["Indexer:StartBlock"] = firstBlock.ToString(CultureInfo.InvariantCulture),
        }, args);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await command.WaitForExitAsync(Limit) == 0, command.Output);
        output.WriteLine($"{string.Join(' ', args)}: {watch.Elapsed.TotalSeconds:F1} s{Environment.NewLine}{command.Output}");
        return command.Lines;
    }

    private static RegistryDbContext Database(string dataDirectory) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite($"Data Source={Path.Combine(dataDirectory, "registry.db")};Pooling=False").Options);
}
