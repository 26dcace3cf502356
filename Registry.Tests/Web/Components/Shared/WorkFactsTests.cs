using Bunit;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Shared;

namespace Registry.Tests.Web.Components.Shared;

public sealed class WorkFactsTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Render_WhenTheWorkHasCoAuthors_ListsEachRecipientWithTheirShare()
    {
        var creator = "0x" + new string('a', 40);
        var coAuthor = "0x" + new string('b', 40);
        var work = new Work
        {
            WorkId = 9, ContentHash = new string('c', 64), Cid = "bafkreigh2akiscaildc", Creator = creator, Owner = creator,
            Split = $"{creator}:8766;{coAuthor}:1234", TransactionHash = "0x" + new string('d', 64),
        };

        var facts = _context.Bunit.Render<WorkFacts>(p => p.Add(c => c.Work, work));

        var shares = facts.FindAll("[data-testid=fact-split-share]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal([$"{creator} — 87.66 %", $"{coAuthor} — 12.34 %"], shares);
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
