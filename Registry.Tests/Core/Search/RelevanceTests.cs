using Registry.Core.Search;

namespace Registry.Tests.Core.Search;

public sealed class RelevanceTests
{
    [Fact]
    public void Score_TitleHitOutweighsWholeWordsInTagsAndDescriptionTogether()
    {
        var title = new WorkText(1, "Lanterns", "", "");
        var elsewhere = new WorkText(2, "", "a lantern", "lantern");

        Assert.True(Relevance.Score(title, ["lantern"]) > Relevance.Score(elsewhere, ["lantern"]));
    }

    [Fact]
    public void Score_TagHitOutweighsWholeWordInDescription()
    {
        var tag = new WorkText(1, "", "", "lanterns");
        var description = new WorkText(2, "", "a lantern", "");

        Assert.True(Relevance.Score(tag, ["lantern"]) > Relevance.Score(description, ["lantern"]));
    }

    [Theory]
    [InlineData("lantern", "Old lantern", "Lanterns at dusk")]
    [InlineData("lantern", "lantern, festival", "lanternfestival")]
    [InlineData("夜市", "夜市 at night", "夜市场")]
    public void Score_WholeWordCountsAboveAPartOfAWord(string term, string wholeWord, string partOfAWord) =>
        Assert.True(Relevance.Score(new(1, wholeWord, "", ""), [term]) > Relevance.Score(new(2, partOfAWord, "", ""), [term]));

    [Fact]
    public void Score_IgnoresCaseAndAddsUpTheTerms()
    {
        var both = new WorkText(1, "HARBOUR at Dawn", "", "");
        var one = new WorkText(2, "harbour at noon", "", "");

        Assert.True(Relevance.Score(both, ["harbour", "dawn"]) > Relevance.Score(one, ["harbour", "dawn"]));
        Assert.Equal(Relevance.Score(both, ["harbour"]), Relevance.Score(one, ["harbour"]));
    }

    [Fact]
    public void Rank_EqualScores_NewestFirst()
    {
        var works = new[] { new WorkText(1, "lantern", "", ""), new WorkText(3, "lantern", "", ""), new WorkText(2, "lanterns", "", "") };

        Assert.Equal([3L, 1L, 2L], Relevance.Rank(works, ["lantern"]));
    }
}
