using Bunit;
using Registry.Tests.Infrastructure;
using Registry.Web.Api;
using Registry.Web.Components.Works;

namespace Registry.Tests.Web.Components.Works;

public sealed class SimilarWorksListTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Render_WhenAWorkHasAThumbnail_ShowsALazyImageNamedByTheTitle()
    {
        var list = Render(new SimilarWorkResponse(3, "Harbour <b>at</b> dawn", "0xabc", 4, 0.938, ThumbnailUrl: "/api/works/3/thumbnail"));

        var image = list.Find("[data-testid=similar-work] img[data-testid=similar-thumbnail]");
        Assert.Equal("/api/works/3/thumbnail", image.GetAttribute("src"));
        Assert.Equal("Harbour <b>at</b> dawn", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("#3 Harbour <b>at</b> dawn · 94% alike (4 of 64 bits differ)", list.Find("[data-testid=similar-work]").TextContent.Trim());
        Assert.Empty(list.FindAll("[data-testid=similar-excerpt]"));
    }

    [Fact]
    public void Render_WhenAnImageHasNoTitle_NamesItsThumbnailByTheWorkNumber()
    {
        var list = Render(new SimilarWorkResponse(4, null, "0xabc", 2, 0.969, ThumbnailUrl: "/api/works/4/thumbnail"));

        Assert.Equal("Work #4", list.Find("[data-testid=similar-thumbnail]").GetAttribute("alt"));
    }

    [Fact]
    public void Render_WhenAWorkIsAText_ShowsItsExcerptAsPlainTextBesideTheSimilarity()
    {
        var list = Render(new SimilarWorkResponse(7, "Tide", "0xabc", 3, 0.953, Excerpt: "The tide <script>comes</script> in…"));

        var excerpt = list.Find("[data-testid=similar-work] [data-testid=similar-excerpt]");
        Assert.Equal("The tide <script>comes</script> in…", excerpt.TextContent);
        Assert.Empty(excerpt.Children);
        Assert.Equal("Beginning of the text", excerpt.GetAttribute("aria-label"));
        Assert.Contains("#7 Tide · 95% alike (3 of 64 bits differ)", list.Find("[data-testid=similar-work]").TextContent);
        Assert.Empty(list.FindAll("img"));
    }

    [Fact]
    public void Render_WhenAWorkHasNoPreview_ShowsOnlyItsSimilarityAndLink()
    {
        var list = Render(
            new SimilarWorkResponse(8, "Song", "0xabc", 5, 0.922),
            new SimilarWorkResponse(9, "Other", "0xabc", 6, 0.906, ThumbnailUrl: "/api/works/9/thumbnail"));

        var items = list.FindAll("[data-testid=similar-work]");
        Assert.Equal(2, items.Count);
        Assert.Empty(items[0].QuerySelectorAll("img, [data-testid=similar-excerpt]"));
        Assert.Equal("/works/8", items[0].GetAttribute("href"));
        Assert.Single(items[1].QuerySelectorAll("img"));
    }

    private IRenderedComponent<SimilarWorksList> Render(params SimilarWorkResponse[] works) =>
        _context.Bunit.Render<SimilarWorksList>(p => p.Add(c => c.Works, works));

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
