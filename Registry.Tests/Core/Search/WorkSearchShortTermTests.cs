using Registry.Core.Search;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Search;

/// <summary>Terms the trigram index cannot hold: one or two CJK characters (the CJK index), and other one- or two-character terms (read from the newest works).</summary>
public sealed class WorkSearchShortTermTests : IAsyncLifetime
{
    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync() => _db = await ReadModelDatabase.CreateAsync();

    [Fact]
    public async Task Search_TwoCharacterChineseWord_FindsTheWorksThatHoldIt()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "古典音乐会"),
            ReadModelDatabase.Work(2, "Harbour", tags: "音乐"),
            ReadModelDatabase.Work(3, "音 and 乐 apart"));

        var page = await Search().SearchAsync("音乐");

        Assert.Equal([1L, 2L], Ids(page).Order());
        Assert.Equal((2, false), (page.Total, page.TotalIsCapped));
    }

    [Fact]
    public async Task Search_TwoCharacterChineseWordInNoWork_FindsNothing()
    {
        await _db.AddAsync(ReadModelDatabase.Work(1, "不错的风景"), ReadModelDatabase.Work(2, "在这里"));

        var page = await Search().SearchAsync("不在");

        Assert.Empty(page.Items);
        Assert.Equal((0, false), (page.Total, page.TotalIsCapped));
    }

    [Fact]
    public async Task Search_OneCjkCharacterAndKoreanAndJapaneseWords_UseTheCjkIndex()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "夜景"),
            ReadModelDatabase.Work(2, "음악 축제"),
            ReadModelDatabase.Work(3, "しろいねこ"));

        Assert.Equal([1L], Ids(await Search().SearchAsync("夜")));
        Assert.Equal([2L], Ids(await Search().SearchAsync("음악")));
        Assert.Equal([3L], Ids(await Search().SearchAsync("ねこ")));
    }

    [Theory]
    [InlineData("音乐 harbour")]
    [InlineData("harbour 音乐")]
    [InlineData("乐 HARBOUR")]
    public async Task Search_ChineseWordAndEnglishWord_FindsOnlyWorksWithBoth(string query)
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Harbour 古典音乐"),
            ReadModelDatabase.Work(2, "古典音乐"),
            ReadModelDatabase.Work(3, "Harbour lights"),
            ReadModelDatabase.Work(4, "harbour", "夜晚的音乐"));

        Assert.Equal([1L, 4L], Ids(await Search().SearchAsync(query)).Order());
    }

    [Fact]
    public async Task Search_TwoAndThreeCharacterChineseWords_FindOnlyWorksWithBoth()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "博物馆里的音乐"),
            ReadModelDatabase.Work(2, "博物馆"),
            ReadModelDatabase.Work(3, "音乐"));

        Assert.Equal([1L], Ids(await Search().SearchAsync("音乐 博物馆")));
    }

    [Fact]
    public async Task Search_WhenBothWordsAreCommonButRareTogether_FindsAndRanksTheFewWithBoth()
    {
        var works = new List<Work>();
        for (var id = 1; id <= 2 * WorkSearch.CountLimit + 200; id++)
            works.Add(ReadModelDatabase.Work(id, id % 2 == 0 ? $"Lantern {id}" : $"灯笼 {id}"));
        works.Add(ReadModelDatabase.Work(5000, "Night", $"lantern 灯笼"));
        works.Add(ReadModelDatabase.Work(5001, "Lantern 灯笼"));
        works[10].Title = "灯笼 lantern, the oldest";
        await _db.AddAsync([.. works]);

        var page = await Search().SearchAsync("lantern 灯笼");

        Assert.Equal((3, false), (page.Total, page.TotalIsCapped));
        Assert.Equal([5001L, works[10].WorkId, 5000L], Ids(page));
    }

    [Fact]
    public async Task Search_WhenBothWordsAreCommonTogether_CountsToTheLimitNewestFirst()
    {
        var works = Enumerable.Range(1, WorkSearch.CountLimit + 50).Select(id => ReadModelDatabase.Work(id, $"灯笼 lantern {id}")).ToArray();
        await _db.AddAsync(works);

        var page = await Search().SearchAsync("lantern 灯笼", page: 2, pageSize: 10);

        Assert.Equal((WorkSearch.CountLimit, true), (page.Total, page.TotalIsCapped));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => works[^1].WorkId - 10 - i), Ids(page));
    }

    [Fact]
    public async Task Search_ShortLatinTermWithAWord_LooksForItInTheCandidates()
    {
        await _db.AddAsync(
            ReadModelDatabase.Work(1, "Harbour in 3D"),
            ReadModelDatabase.Work(2, "Harbour lights"),
            ReadModelDatabase.Work(3, "3D lantern"));

        Assert.Equal([1L], Ids(await Search().SearchAsync("harbour 3d")));
    }

    [Fact]
    public async Task Search_ShortLatinTermWithACommonWord_LooksForItInTheNewestCandidates()
    {
        var works = Enumerable.Range(1, WorkSearch.CountLimit + 50).Select(id => ReadModelDatabase.Work(id, $"Harbour {id}")).ToArray();
        works[^5].Description = "in 3D";
        await _db.AddAsync(works);

        var page = await Search().SearchAsync("harbour 3d");

        Assert.Equal(works[^5].WorkId, Assert.Single(page.Items).WorkId);
    }

    [Fact]
    public async Task Search_ShortLatinTermAlone_LooksOnlyThroughTheNewestWorksAndSaysThereMayBeMore()
    {
        var works = Enumerable.Range(1, FullTextMatcher.NewestWorksRead + 1).Select(id => ReadModelDatabase.Work(id, $"Work {id}")).ToArray();
        works[0].Title = "zq, the oldest";
        works[^1].Title = "zq, the newest";
        await _db.AddAsync(works);

        var page = await Search().SearchAsync("ZQ");

        Assert.Equal(works[^1].WorkId, Assert.Single(page.Items).WorkId);
        Assert.True(page.TotalIsCapped);
    }

    private static List<long> Ids(SearchPage page) => page.Items.Select(w => w.WorkId).ToList();

    private WorkSearch Search() => new(_db.Factory);

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
