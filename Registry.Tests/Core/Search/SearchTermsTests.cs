using Registry.Core.Search;

namespace Registry.Tests.Core.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Parse_SortsTermsByTheIndexThatFindsThem()
    {
        var terms = SearchTerms.Parse("harbour 音乐 夜 3d 博物馆 음악 ねこ a 夜x");

        Assert.Equal(["harbour", "博物馆"], terms.Trigram);
        Assert.Equal(["音乐", "夜", "음악", "ねこ"], terms.Cjk);
        Assert.Equal(["3d", "a", "夜x"], terms.Unindexed);
        Assert.Equal(9, terms.All.Count);
    }

    [Fact]
    public void Parse_CountsCharactersNotUtf16Units()
    {
        // Two characters outside the BMP: four UTF-16 units, but no trigram.
        var terms = SearchTerms.Parse("𠀀𠀁");

        Assert.Empty(terms.Trigram);
        Assert.Equal(["𠀀𠀁"], terms.Unindexed);
    }

    [Fact]
    public void Parse_DropsRepeatsAndKeepsAtMostTheFirstTen()
    {
        var terms = SearchTerms.Parse("Harbour harbour " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"word{i}")));

        Assert.Equal(SearchTerms.MaxTerms, terms.All.Count);
        Assert.Equal("Harbour", terms.All[0]);
        Assert.Equal("word8", terms.All[^1]);
    }
}
