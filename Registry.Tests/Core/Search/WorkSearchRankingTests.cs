using Registry.Core.Search;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Search;

/// <summary>The order of a search's results when there are few enough matches to rank (up to <see cref="WorkSearch.CountLimit"/>).</summary>
public sealed class WorkSearchRankingTests : IAsyncLifetime
{
    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync() => _db = await ReadModelDatabase.CreateAsync();

    [Fact]
    public async Task Search_WhenFewMatches_RanksTitleAboveTagsAboveDescription()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Lantern festival"),
            ReadModelDatabase.Work(2, "Autumn", tags: "lantern, paper"),
            ReadModelDatabase.Work(3, "Night", "A paper lantern by the door"));

        var page = await Search().SearchAsync("lantern");

        Assert.Equal([1L, 2L, 3L], Ids(page));
        Assert.Equal((3, false), (page.Total, page.TotalIsCapped));
    }

    [Fact]
    public async Task Search_WhenFewMatches_RanksATitleHitAboveHitsInTagsAndDescriptionTogether()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Lanterns"),
            ReadModelDatabase.Work(2, "Night", "A lantern by the door", "lantern"));

        Assert.Equal([1L, 2L], Ids(await Search().SearchAsync("lantern")));
    }

    [Fact]
    public async Task Search_WhenFewMatches_RanksAWholeWordAbovePartOfAWord()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Old lantern"),
            ReadModelDatabase.Work(2, "Lanterns at dusk"));

        Assert.Equal([1L, 2L], Ids(await Search().SearchAsync("lantern")));
    }

    [Fact]
    public async Task Search_WhenScoresTie_ListsNewestFirst()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Lantern"),
            ReadModelDatabase.Work(2, "Lantern"),
            ReadModelDatabase.Work(3, "Harbour"));

        Assert.Equal([2L, 1L], Ids(await Search().SearchAsync("lantern")));
    }

    [Fact]
    public async Task Search_WithTwoTerms_AddsTheirScores()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Lantern", "At the harbour"),
            ReadModelDatabase.Work(2, "Lantern harbour"),
            ReadModelDatabase.Work(3, "Harbour", "A lantern"),
            ReadModelDatabase.Work(4, "Lantern"));

        Assert.Equal([2L, 3L, 1L], Ids(await Search().SearchAsync("lantern harbour")));
    }

    [Fact]
    public async Task Search_RankedResults_ContinueOnTheNextPage()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Lantern"),
            ReadModelDatabase.Work(2, "Night", "lanterns"),
            ReadModelDatabase.Work(3, "Night", tags: "lantern"));

        var first = await Search().SearchAsync("lantern", page: 1, pageSize: 2);
        var second = await Search().SearchAsync("lantern", page: 2, pageSize: 2);

        Assert.Equal([1L, 3L], Ids(first));
        Assert.Equal([2L], Ids(second));
        Assert.Equal(3, second.Total);
    }

    [Fact]
    public async Task Search_ChineseWords_RankTitleAboveDescription()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "古典音乐"),
            ReadModelDatabase.Work(2, "Concert", "一场音乐会"));

        Assert.Equal([1L, 2L], Ids(await Search().SearchAsync("音乐")));
        Assert.Equal([2L], Ids(await Search().SearchAsync("音乐会")));
    }

    private static List<long> Ids(SearchPage page) => page.Items.Select(w => w.WorkId).ToList();

    private WorkSearch Search() => new(_db.Factory);

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
