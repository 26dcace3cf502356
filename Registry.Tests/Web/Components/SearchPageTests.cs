using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Search;

namespace Registry.Tests.Web.Components;

public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public async Task InitializeAsync()
    {
        await using var db = await _context.DbAsync();
        db.Works.AddRange(ReadModelDatabase.Work(1, "Harbour at dawn", tags: "sea"), ReadModelDatabase.Work(2, "茶园 Tea fields"));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("0x1234", "'0x1234' is not a valid SHA-256: expected 64 hexadecimal digits.")]
    [InlineData("bafkreinotreallyacidatall", "'bafkreinotreallyacidatall' is not a valid CID.")]
    public void Search_WhenTheLookupIsMalformed_SaysWhy(string query, string message)
    {
        var page = RenderAt(query);

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("[data-testid=search-problem]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=result-title]"));
    }

    [Fact]
    public void Search_ByWords_ListsTheMatchingWorks()
    {
        var page = RenderAt("harbour");

        page.WaitForAssertion(() => Assert.Equal("Harbour at dawn", page.Find("[data-testid=result-title]").TextContent));
        Assert.Equal("1 found", page.Find("[data-testid=result-count]").TextContent);
    }

    [Fact]
    public void Search_WhenNothingMatches_SaysSo()
    {
        var page = RenderAt("volcano");

        page.WaitForAssertion(() => Assert.Equal("No works match.", page.Find("[data-testid=no-results]").TextContent));
    }

    private IRenderedComponent<Search> RenderAt(string query)
    {
        _context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo($"/search?q={Uri.EscapeDataString(query)}");
        return _context.Bunit.Render<Search>();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
