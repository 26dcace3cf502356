using Registry.Core.Search;

namespace Registry.Tests.Core.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("", SearchQueryKind.All)]
    [InlineData("   ", SearchQueryKind.All)]
    [InlineData("harbour at dawn", SearchQueryKind.Text)]
    [InlineData("夜市", SearchQueryKind.Text)]
    [InlineData("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", SearchQueryKind.Sha256)]
    [InlineData("0xB94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9", SearchQueryKind.Sha256)]
    [InlineData("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", SearchQueryKind.Cid)]
    [InlineData("42", SearchQueryKind.WorkId)]
    [InlineData("#42", SearchQueryKind.WorkId)]
    [InlineData("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", SearchQueryKind.Address)]
    [InlineData("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcd", SearchQueryKind.MalformedSha256)]
    [InlineData("0x1234", SearchQueryKind.MalformedSha256)]
    [InlineData("0xzz", SearchQueryKind.MalformedSha256)]
    [InlineData("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5", SearchQueryKind.MalformedCid)]
    [InlineData("QmNotAValidCidBecauseItIsTooShort", SearchQueryKind.MalformedCid)]
    public void Parse_RecognisesWhatWasTyped(string input, SearchQueryKind kind) =>
        Assert.Equal(kind, SearchQuery.Parse(input).Kind);

    [Fact]
    public void Parse_NormalisesLookupsToTheStoredForm()
    {
        Assert.Equal("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", SearchQuery.Parse("0xB94D27B9934D3E08A52E52D7DA7DABFAC484EFE37A5380EE9088F7ACE2EFCDE9").Text);
        Assert.Equal("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", SearchQuery.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").Text);
        Assert.Equal("42", SearchQuery.Parse("#42").Text);
    }
}
