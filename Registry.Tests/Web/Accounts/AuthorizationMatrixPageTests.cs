using System.Net;
using AngleSharp.Html.Parser;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The pages of the authorization matrix, over HTTP as a browser first asks for them: each role's sign-in cookie,
/// or none. A page the role may not see redirects to the access-denied page, and an anonymous visitor to the sign-in
/// form, both with the page as return address.
/// </summary>
[Collection("browser")]
public sealed class AuthorizationMatrixPageTests(BrowserFixture fixture)
{
    private const string NotAllowed = "Your account is not allowed to do this.";

    /// <summary>What each page shows when it opens: the element only that page renders.</summary>
    private static readonly Dictionary<string, string> PageContent = new()
    {
        ["/register"] = "register",
        ["/admin/accounts"] = "accounts",
        ["/account"] = "account-facts",
        ["/licences"] = "my-licences-title",
        ["/earnings"] = "earnings-balance",
        ["/disputes"] = "my-disputes-title",
        ["/notifications"] = "notifications-title",
        ["/moderation"] = "moderation-title",
        ["/moderation/1"] = "moderation-view",
    };

    public static TheoryData<string, MatrixRole, PageAnswer> PageRows => new()
    {
        { "/register", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/register", MatrixRole.Creator, PageAnswer.Opens },
        { "/register", MatrixRole.Licensee, PageAnswer.Denied },
        { "/register", MatrixRole.Moderator, PageAnswer.Opens },
        { "/register", MatrixRole.Admin, PageAnswer.Opens },
        { "/admin/accounts", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/admin/accounts", MatrixRole.Creator, PageAnswer.Denied },
        { "/admin/accounts", MatrixRole.Licensee, PageAnswer.Denied },
        { "/admin/accounts", MatrixRole.Moderator, PageAnswer.Denied },
        { "/admin/accounts", MatrixRole.Admin, PageAnswer.Opens },
        { "/account", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/account", MatrixRole.Creator, PageAnswer.Opens },
        { "/account", MatrixRole.Licensee, PageAnswer.Opens },
        { "/account", MatrixRole.Moderator, PageAnswer.Opens },
        { "/account", MatrixRole.Admin, PageAnswer.Opens },
        { "/licences", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/licences", MatrixRole.Creator, PageAnswer.Opens },
        { "/licences", MatrixRole.Licensee, PageAnswer.Opens },
        { "/licences", MatrixRole.Moderator, PageAnswer.Opens },
        { "/licences", MatrixRole.Admin, PageAnswer.Opens },
        { "/earnings", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/earnings", MatrixRole.Creator, PageAnswer.Opens },
        { "/earnings", MatrixRole.Licensee, PageAnswer.Opens },
        { "/earnings", MatrixRole.Moderator, PageAnswer.Opens },
        { "/earnings", MatrixRole.Admin, PageAnswer.Opens },
        { "/disputes", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/disputes", MatrixRole.Creator, PageAnswer.Opens },
        { "/disputes", MatrixRole.Licensee, PageAnswer.Opens },
        { "/disputes", MatrixRole.Moderator, PageAnswer.Opens },
        { "/disputes", MatrixRole.Admin, PageAnswer.Opens },
        { "/notifications", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/notifications", MatrixRole.Creator, PageAnswer.Opens },
        { "/notifications", MatrixRole.Licensee, PageAnswer.Opens },
        { "/notifications", MatrixRole.Moderator, PageAnswer.Opens },
        { "/notifications", MatrixRole.Admin, PageAnswer.Opens },
        { "/moderation", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/moderation", MatrixRole.Creator, PageAnswer.Denied },
        { "/moderation", MatrixRole.Licensee, PageAnswer.Denied },
        { "/moderation", MatrixRole.Moderator, PageAnswer.Opens },
        { "/moderation", MatrixRole.Admin, PageAnswer.Denied },
        { "/moderation/1", MatrixRole.Anonymous, PageAnswer.SignIn },
        { "/moderation/1", MatrixRole.Creator, PageAnswer.Denied },
        { "/moderation/1", MatrixRole.Licensee, PageAnswer.Denied },
        { "/moderation/1", MatrixRole.Moderator, PageAnswer.Opens },
        { "/moderation/1", MatrixRole.Admin, PageAnswer.Denied },
    };

    public static TheoryData<MatrixRole> EveryRole => new(Enum.GetValues<MatrixRole>());

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Page_ByRole_OpensOrRedirectsAsTheMatrixSays(string path, MatrixRole role, PageAnswer answer)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(role);

        var response = await browser.Http.GetAsync(path);

        switch (answer)
        {
            case PageAnswer.Opens:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
                Assert.NotNull(page.QuerySelector($"[data-testid={PageContent[path]}]"));
                Assert.Null(page.QuerySelector("[data-testid=not-allowed]"));
                break;
            case PageAnswer.Denied:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal($"{fixture.App.BaseUrl}/account/denied?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.OriginalString);
                break;
            case PageAnswer.SignIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal($"{fixture.App.BaseUrl}/account/signin?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.OriginalString);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer, null);
        }
    }

    [Fact]
    public async Task DeniedPage_WhereARefusedAccountIsSent_SaysItIsNotAllowed()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(MatrixRole.Licensee);

        var response = await browser.Http.GetAsync($"/account/denied?returnUrl={Uri.EscapeDataString("/register")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(NotAllowed, page.QuerySelector("[data-testid=not-allowed] .mud-alert-message")?.TextContent.Trim());
    }

    /// <summary>The transfer form is the work page's only state-changing action: none of the roles owns the Owner's work.</summary>
    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task WorkPage_OfAnotherAccountsWork_ByRole_HasNoTransferForm(MatrixRole role)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(role);

        var page = await WorkPageAsync(browser, accounts.OwnersWorkId);

        Assert.Null(page.QuerySelector("[data-testid=transfer]"));
    }

    [Fact]
    public async Task WorkPage_OfItsOwnerWhoIsACreator_HasTheTransferForm()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(accounts.Owner);

        var page = await WorkPageAsync(browser, accounts.OwnersWorkId);

        Assert.NotNull(page.QuerySelector("[data-testid=transfer]"));
    }

    /// <summary>Transferring is a Creator's action (the API refuses the same account with 403).</summary>
    [Fact]
    public async Task WorkPage_OfItsOwnerWhoIsLicenseeOnly_HasNoTransferForm()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        var licensee = accounts[MatrixRole.Licensee];
        using var browser = accounts.Browser(licensee);

        var page = await WorkPageAsync(browser, licensee.WorkId!.Value);

        Assert.Null(page.QuerySelector("[data-testid=transfer]"));
    }

    /// <summary>The work page as first served, checked to be the work's own page (so a missing form is not a missing work).</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> WorkPageAsync(Browser browser, long workId)
    {
        var response = await browser.Http.GetAsync($"/works/{workId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("[data-testid=work-title]"));
        return page;
    }
}
