using Registry.Core.Search;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Search;

/// <summary>FTS5 search and exact lookups on a real SQLite file.</summary>
public sealed class WorkSearchTests : IAsyncLifetime
{
    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync()
    {
        _db = await ReadModelDatabase.CreateAsync();
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Harbour at dawn", "Fishing boats leave the harbour", "sea, morning"),
            ReadModelDatabase.Work(2, "Night market 夜市", "灯笼照亮了摊位", "street, 夜景"),
            ReadModelDatabase.Work(3, "Mountain tea fields", "Terraces in the mist", "tea", owner: "0x" + new string('b', 40)),
            ReadModelDatabase.Work(4, "Harbour lights", "The harbour at night", "sea"));
    }

    [Fact]
    public async Task Search_ByWords_RanksTitleMatchesAndCountsAll()
    {
        var page = await Search().SearchAsync("harbour");

        Assert.Equal(SearchQueryKind.Text, page.Query.Kind);
        Assert.Equal(2, page.Total);
        Assert.Equal([1L, 4L], page.Items.Select(w => w.WorkId).Order());
    }

    [Fact]
    public async Task Search_AllTermsMustMatch()
    {
        var page = await Search().SearchAsync("harbour dawn");

        Assert.Equal(1, Assert.Single(page.Items).WorkId);
    }

    [Fact]
    public async Task Search_ChineseText_MatchesWithoutSpacesBetweenWords()
    {
        Assert.Equal(2, Assert.Single((await Search().SearchAsync("照亮了")).Items).WorkId);
        Assert.Equal(2, Assert.Single((await Search().SearchAsync("夜景")).Items).WorkId);
        Assert.Equal(2, Assert.Single((await Search().SearchAsync("夜")).Items).WorkId);
    }

    [Fact]
    public async Task Search_FtsOperatorsInInput_AreTreatedAsText()
    {
        var page = await Search().SearchAsync("\"harbour\" OR NEAR(");

        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task Search_ByOwnerAddress_FindsTheirWorks()
    {
        var page = await Search().SearchAsync("0x" + new string('B', 40));

        Assert.Equal(3, Assert.Single(page.Items).WorkId);
    }

    [Fact]
    public async Task Search_ByIdShaAndCid_FindsExactlyOne()
    {
        var work = ReadModelDatabase.Work(3, "");
        foreach (var query in new[] { "3", work.ContentHash, work.Cid })
            Assert.Equal(3, Assert.Single((await Search().SearchAsync(query)).Items).WorkId);
    }

    [Fact]
    public async Task Search_WhenMalformedHash_ReturnsNothingAndSaysWhy()
    {
        var page = await Search().SearchAsync("0xabc");

        Assert.True(page.Query.IsMalformed);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Search_Pages()
    {
        var first = await Search().SearchAsync(null, page: 1, pageSize: 3);
        var second = await Search().SearchAsync(null, page: 2, pageSize: 3);

        Assert.Equal(4, first.Total);
        Assert.Equal([4L, 3L, 2L], first.Items.Select(w => w.WorkId));
        Assert.Equal([1L], second.Items.Select(w => w.WorkId));
    }

    [Fact]
    public async Task Search_WhenMoreMatchesThanCountLimit_SaysSoAndListsNewestFirst()
    {
        var many = Enumerable.Range(10, WorkSearch.CountLimit + 5).Select(id => ReadModelDatabase.Work(id, $"Lighthouse {id}")).ToArray();
        await _db.AddAsync(many);

        var fullText = await Search().SearchAsync("lighthouse", page: 2, pageSize: 10);
        var substring = await Search().SearchAsync("Li", page: 1, pageSize: 10);

        Assert.Equal((WorkSearch.CountLimit, true), (fullText.Total, fullText.TotalIsCapped));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)(many[^1].WorkId - 10 - i)), fullText.Items.Select(w => w.WorkId));
        Assert.Equal((WorkSearch.CountLimit, true), (substring.Total, substring.TotalIsCapped));
        Assert.Equal(many[^1].WorkId, substring.Items[0].WorkId);
    }

    [Fact]
    public async Task Search_WhenFewerMatchesThanCountLimit_CountsThemExactly()
    {
        var page = await Search().SearchAsync("sea");

        Assert.Equal((2, false), (page.Total, page.TotalIsCapped));
    }

    private WorkSearch Search() => new(_db.Factory);

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
