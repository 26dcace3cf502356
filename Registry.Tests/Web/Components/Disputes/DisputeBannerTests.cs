using Bunit;
using Registry.Core.Disputes;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Disputes;

namespace Registry.Tests.Web.Components.Disputes;

public sealed class DisputeBannerTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(DisputeRuling.Flagged, "Flagged: contested. A moderator upheld a claim against this work; its licences are still sold.")]
    [InlineData(DisputeRuling.Frozen, "Frozen: no new licences. A moderator upheld a claim against this work and froze its licence sales.")]
    [InlineData(DisputeRuling.Reassigned, "Reassigned: ownership moved by ruling. A moderator upheld a claim and gave this work to the claimant.")]
    public void Banner_AfterAnUpheldRuling_SaysWhatTheRulingDid_AndLinksToItsDispute(DisputeRuling ruling, string text)
    {
        var banner = _context.Bunit.Render<DisputeBanner>(p => p.Add(b => b.Banner, new WorkDisputeBanner(0, ruling, 4)));

        var alert = banner.Find("[data-testid=dispute-banner-ruling]");
        Assert.Equal(text, alert.QuerySelector("[data-testid=dispute-banner-text]")!.TextContent);
        Assert.Equal("/disputes/4", alert.QuerySelector("[data-testid=dispute-banner-link]")!.GetAttribute("href"));
        Assert.Empty(banner.FindAll("[data-testid=dispute-banner-open]"));
    }

    [Fact]
    public void Banner_WhileOneClaimIsOpen_SaysSo_AndLinksToIt()
    {
        var banner = _context.Bunit.Render<DisputeBanner>(p => p.Add(b => b.Banner, new WorkDisputeBanner(1, null, null)).Add(b => b.OpenDisputeIds, [3]));

        var alert = banner.Find("[data-testid=dispute-banner-open]");
        Assert.Equal("Disputed: 1 open claim against this work awaits a moderator.", alert.QuerySelector("[data-testid=dispute-banner-text]")!.TextContent);
        Assert.Equal(["/disputes/3"], alert.QuerySelectorAll("[data-testid=dispute-banner-link]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Banner_WhileClaimsAreOpenAfterARuling_ShowsBoth()
    {
        var banner = _context.Bunit.Render<DisputeBanner>(p => p
            .Add(b => b.Banner, new WorkDisputeBanner(2, DisputeRuling.Flagged, 4)).Add(b => b.OpenDisputeIds, [5, 6]));

        Assert.Equal(["Disputed: 2 open claims against this work await a moderator.", "Flagged: contested. A moderator upheld a claim against this work; its licences are still sold."],
            banner.FindAll("[data-testid=dispute-banner-text]").Select(t => t.TextContent));
        Assert.Equal(["/disputes/5", "/disputes/6", "/disputes/4"], banner.FindAll("[data-testid=dispute-banner-link]").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DisputeRuling.Dismissed)]
    public void Banner_WithNoOpenClaimAndNoUpheldRuling_ShowsNothing(DisputeRuling? ruling)
    {
        var banner = _context.Bunit.Render<DisputeBanner>(p => p.Add(b => b.Banner, new WorkDisputeBanner(0, ruling, 4)));

        Assert.Equal("", banner.Markup.Trim());
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
