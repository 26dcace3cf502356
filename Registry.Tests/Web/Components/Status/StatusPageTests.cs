using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Indexing;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Status;

namespace Registry.Tests.Web.Components.Status;

/// <summary>The status page over the app's real status reader: the running indexer's state plus a checkpoint row in a real SQLite file.</summary>
public sealed class StatusPageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset ReorgAt = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private readonly PageTestContext _context = new();

    private IndexerStatus Status => _context.Bunit.Services.GetRequiredService<IndexerStatus>();

    /// <summary>The app creates the schema before any page is served.</summary>
    public async Task InitializeAsync() => await (await _context.DbAsync()).DisposeAsync();

    [Fact]
    public async Task Status_WhileBackfilling_ShowsTheProgressBarAndEveryFact()
    {
        await AddCheckpointAsync(block: 249, events: 12_345, reorgDepth: 3);
        Status.ChainId = 31337;
        Status.HeadBlock = 999;

        var page = _context.Bunit.Render<StatusPage>();

        Assert.Equal("Catching up with the chain: 25% indexed (block 249 of 999).", page.Find("[data-testid=status-backfill-text]").TextContent);
        Assert.Equal("25", page.Find("[data-testid=status-progress]").GetAttribute("aria-valuenow"));
        Assert.Equal("31337", page.Find("[data-testid=status-chain-id]").TextContent);
        Assert.Equal("999", page.Find("[data-testid=status-head]").TextContent);
        Assert.Equal("249", page.Find("[data-testid=status-indexed]").TextContent);
        Assert.Equal("750 blocks", page.Find("[data-testid=status-lag]").TextContent);
        Assert.Equal("12,345", page.Find("[data-testid=status-events]").TextContent);
        Assert.Equal($"3 blocks rolled back, {ReorgAt.UtcDateTime:f} UTC", page.Find("[data-testid=status-reorg]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=status-error]"));
    }

    [Fact]
    public async Task Status_WhenPassesFail_SaysItIsRetryingSinceWhenHowOftenAndWhy()
    {
        await AddCheckpointAsync(block: 40, events: 80);
        Status.HeadBlock = 40;
        Status.CaughtUp = true;
        var since = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        Status.Fault = new IndexerFault("The chain node cannot be reached: Connection refused", since, 5, since.AddSeconds(16));

        var page = _context.Bunit.Render<StatusPage>();

        Assert.Equal($"The chain node cannot be read: retrying since {since.UtcDateTime:f} UTC, attempt 5, next at {since.AddSeconds(16).UtcDateTime:f} UTC.",
            page.Find("[data-testid=status-retrying]").TextContent);
        Assert.Equal("Last error: The chain node cannot be reached: Connection refused", page.Find("[data-testid=status-last-error]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=status-backfill]"));
        Assert.Equal("0 blocks", page.Find("[data-testid=status-lag]").TextContent);
        Assert.Equal("None so far", page.Find("[data-testid=status-reorg]").TextContent);
    }

    [Fact]
    public void Status_BeforeTheIndexerHasReadTheChain_SaysWhatIsNotKnownYetInChinese()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");

        var page = _context.Bunit.Render<StatusPage>();

        Assert.Equal("索引状态", page.Find("h4").TextContent);
        Assert.Equal("尚不可知", page.Find("[data-testid=status-head]").TextContent);
        Assert.Equal("尚不可知", page.Find("[data-testid=status-indexed]").TextContent);
        Assert.Equal("尚不可知", page.Find("[data-testid=status-lag]").TextContent);
        Assert.Equal("尚未发生", page.Find("[data-testid=status-reorg]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=status-backfill]"));
    }

    [Fact]
    public async Task Status_WhileOpen_ShowsTheIndexersProgressAsItGoes()
    {
        await AddCheckpointAsync(block: 10, events: 20);
        Status.HeadBlock = 10;
        var page = _context.Bunit.Render<StatusPage>();
        Assert.Equal("10", page.Find("[data-testid=status-indexed]").TextContent);

        Status.HeadBlock = 12;
        await using (var db = await _context.DbAsync())
        {
            var checkpoint = db.IndexerCheckpoints.Single();
            checkpoint.BlockNumber = 12;
            await db.SaveChangesAsync();
        }

        page.WaitForAssertion(() => Assert.Equal("12", page.Find("[data-testid=status-indexed]").TextContent), StatusPage.RefreshInterval * 3);
    }

    private async Task AddCheckpointAsync(long block, long events, long? reorgDepth = null)
    {
        await using var db = await _context.DbAsync();
        db.IndexerCheckpoints.Add(new IndexerCheckpoint
        {
            ContractAddress = "0x" + new string('1', 40),
            ChainId = 31337,
            BlockNumber = block,
            BlockHash = "0x" + new string('b', 64),
            EventsIndexed = events,
            UpdatedAt = DateTimeOffset.UtcNow,
            LastReorgDepth = reorgDepth,
            LastReorgAt = reorgDepth is null ? null : ReorgAt,
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
