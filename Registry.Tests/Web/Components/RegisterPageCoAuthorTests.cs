using Bunit;
using Registry.Core.Accounts;
using Registry.Web.Components.Pages.Works;
using Registry.Web.Components.Shared;
using Registry.Tests.Web.Components.Account;

namespace Registry.Tests.Web.Components;

/// <summary>The Register page's "Co-authors and shares": the creator keeps what the co-author rows leave.</summary>
public sealed class RegisterPageCoAuthorTests : IAsyncLifetime
{
    private const string CoAuthor = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private AccountPageTestContext _context = default!;
    private AccountSummary _creator = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _creator = await _context.NewAccountAsync("duo@example.com");
        _context.SignInAs(_creator, RegistryRoles.Creator);
    }

    [Fact]
    public void Register_ByDefault_ListsTheCreatorWithTheWhole()
    {
        var page = Render();

        Assert.Equal(_creator.Address, page.Find("[data-testid=creator-share] .mono").TextContent.Trim());
        Assert.Equal("100 %", CreatorPercent(page));
        Assert.Empty(page.FindAll("[data-testid=co-author]"));
    }

    [Fact]
    public void AddCoAuthor_WithAShare_LeavesTheCreatorTheRemainder()
    {
        var page = Render();

        page.Find("[data-testid=add-co-author]").Click();
        Field(page, "co-author-address").Change(CoAuthor);
        Field(page, "co-author-percent").Change("25.5");

        Assert.Single(page.FindAll("[data-testid=co-author]"));
        Assert.Equal("74.5 %", CreatorPercent(page));
        Assert.Empty(page.FindAll("[data-testid=split-problem]"));
    }

    [Fact]
    public void AddCoAuthor_WithABadAddress_SaysWhatAnAddressIs_AndRegisterUploadsNothing()
    {
        var page = Render(new SelectedFile("duet.png", 10));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Duet");
        page.Find("[data-testid=add-co-author]").Click();
        Field(page, "co-author-percent").Change("10");
        Field(page, "co-author-address").Change("0x12");

        const string message = "'0x12' is not a valid address: expected 0x followed by 40 hexadecimal digits.";
        Assert.Equal(message, page.Find("[data-testid=split-problem]").TextContent.Trim());

        page.Find("[data-testid=register]").Click();

        Assert.Equal(message, page.Find("[data-testid=problem]").TextContent.Trim());
        Assert.Empty(_context.Pages.UploadModule.Invocations["send"]);
    }

    [Fact]
    public void AddCoAuthor_WhenTheSharesExceed100Percent_SaysSo()
    {
        var page = Render();
        page.Find("[data-testid=add-co-author]").Click();
        Field(page, "co-author-address").Change(CoAuthor);
        Field(page, "co-author-percent").Change("100.01");

        Assert.Equal("'100.01' is not a share: give a percentage above 0 and at most 100, with up to two decimals.", page.Find("[data-testid=split-problem]").TextContent.Trim());
    }

    [Fact]
    public void Register_WithACoAuthor_SendsTheSplitInBasisPoints()
    {
        _context.Pages.UploadModule.Setup<UploadResponse>("send", _ => true).SetResult(new UploadResponse(400, """{"status":400,"detail":"stop here"}"""));
        var page = Render(new SelectedFile("duet.png", 10));
        page.Find("[data-testid=title] input, input[data-testid=title]").Change("Duet");
        page.Find("[data-testid=add-co-author]").Click();
        Field(page, "co-author-address").Change(CoAuthor);
        Field(page, "co-author-percent").Change("12.34");

        page.Find("[data-testid=register]").Click();

        var sent = (IReadOnlyDictionary<string, string>)_context.Pages.UploadModule.Invocations["send"][^1].Arguments[2]!;
        Assert.Equal($"{_creator.Address}:8766;{CoAuthor.ToLowerInvariant()}:1234", sent["split"]);
    }

    [Fact]
    public void RemoveCoAuthor_GivesTheCreatorTheWholeAgain()
    {
        var page = Render();
        page.Find("[data-testid=add-co-author]").Click();
        Field(page, "co-author-address").Change(CoAuthor);
        Field(page, "co-author-percent").Change("40");

        page.Find("[data-testid=remove-co-author]").Click();

        Assert.Empty(page.FindAll("[data-testid=co-author]"));
        Assert.Equal("100 %", CreatorPercent(page));
    }

    private IRenderedComponent<Register> Render(SelectedFile? file = null)
    {
        if (file is not null) _context.Pages.UploadModule.Setup<SelectedFile?>("describe", _ => true).SetResult(file);
        var page = _context.Bunit.Render<Register>();
        if (file is not null) page.Find("input[type=file]").Change(file.Name);
        return page;
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<Register> page, string testId) =>
        page.FindAll($"[data-testid={testId}] input, input[data-testid={testId}]")[^1];

    private static string CreatorPercent(IRenderedComponent<Register> page) => page.Find("[data-testid=creator-percent]").TextContent.Trim();

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
