using System.Net;
using System.Net.Http.Json;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The antiforgery column of the matrix: a request that carries cookies (a browser, which a hostile page can make
/// send them) must present the page's antiforgery token at every state-changing endpoint, whoever is signed in.
/// </summary>
[Collection("browser")]
public sealed class AuthorizationMatrixAntiforgeryTests(BrowserFixture fixture)
{
    private const string AntiforgeryFailed = "The form has expired or did not come from this site. Reload the page and try again.";

    public static TheoryData<string> GuardedEndpoints => new([
        "/api/works", "/api/works/{id}/transfer", "/api/verify", "/api/works/{id}/offers", "/api/offers/{id}/pause",
        "/api/offers/{id}/resume", "/api/offers/{id}/withdraw", "/api/offers/{id}/purchase", "/api/earnings/withdraw",
        "/api/works/{id}/disputes", "/api/disputes/{id}/response", "/api/disputes/{id}/appeal", "/api/disputes/{id}/settle",
        "/api/disputes/bonds/withdraw", "/api/me/notifications/read",
    ]);

    /// <summary>
    /// With the token, each request gets past the guard to the endpoint's own answer (the Creator does not own the
    /// Owner's work (#N) nor made its offer (#O), and has earned nothing).
    /// </summary>
    public static TheoryData<string, int, string?> WithTheTokenRows => new()
    {
        { "/api/works", 202, null },
        { "/api/works/{id}/transfer", 403, "Only the owner of work #N can transfer it." },
        { "/api/verify", 200, null },
        { "/api/works/{id}/offers", 403, "Only the owner of work #N can offer licences for it." },
        { "/api/offers/{id}/pause", 403, "Only the seller of offer #O can pause it." },
        { "/api/offers/{id}/resume", 403, "Only the seller of offer #O can resume it." },
        { "/api/offers/{id}/withdraw", 403, "Only the seller of offer #O can withdraw it." },
        { "/api/offers/{id}/purchase", 200, null },
        { "/api/earnings/withdraw", 409, "You have nothing to withdraw." },
        { "/api/works/{id}/disputes", 404, $"There is no work #{NoSuchId}." },
        { "/api/disputes/{id}/response", 404, $"There is no dispute #{NoSuchId}." },
        { "/api/disputes/{id}/appeal", 404, $"There is no dispute #{NoSuchId}." },
        { "/api/disputes/{id}/settle", 404, $"There is no dispute #{NoSuchId}." },
        { "/api/disputes/bonds/withdraw", 409, "No bond is owed to you: there is nothing to withdraw." },
        { "/api/me/notifications/read", 204, null },
    };

    /// <summary>Disputes are posted against a work and a dispute that do not exist: the rows need only the guard's answer, or the endpoint's own.</summary>
    private const long NoSuchId = 987_654_321;

    [Theory]
    [MemberData(nameof(GuardedEndpoints))]
    public async Task SignedInBrowser_PostingWithoutTheAntiforgeryToken_Gets400(string endpoint)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(MatrixRole.Creator);

        var response = await browser.Http.SendAsync(Post(endpoint, accounts));

        await MatrixAnswers.AssertAsync(response, 400, AntiforgeryFailed);
    }

    [Theory]
    [MemberData(nameof(WithTheTokenRows))]
    public async Task SignedInBrowser_PostingWithTheAntiforgeryToken_GetsPastTheGuard(string endpoint, int status, string? detail)
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(MatrixRole.Creator);
        var request = Post(endpoint, accounts);
        request.Headers.Add("RequestVerificationToken", await browser.AntiforgeryTokenAsync("/register"));

        var response = await browser.Http.SendAsync(request);

        await MatrixAnswers.AssertAsync(response, status, detail?.Replace("#N", $"#{accounts.OwnersWorkId}").Replace("#O", $"#{accounts.OwnersOfferId}"));
    }

    /// <summary>Ruling needs the Moderator role, which the authorization policy checks before the guard: so a Moderator's browser.</summary>
    [Fact]
    public async Task ModeratorsBrowser_RulingWithoutTheAntiforgeryToken_Gets400()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(MatrixRole.Moderator);

        var response = await browser.Http.PostAsJsonAsync($"/api/disputes/{NoSuchId}/ruling", new { ruling = "frozen", reason = "From a forged page." });

        await MatrixAnswers.AssertAsync(response, 400, AntiforgeryFailed);
    }

    [Fact]
    public async Task AnonymousBrowserWithACookie_VerifyingWithoutTheAntiforgeryToken_Gets400()
    {
        var accounts = await MatrixAccounts.ForAsync(fixture.App);
        using var browser = accounts.Browser(MatrixRole.Anonymous);
        browser.Cookies.Add(new Uri(fixture.App.BaseUrl), new Cookie(".AspNetCore.Culture", "c=en-US|uic=en-US"));

        var response = await browser.Http.SendAsync(Post("/api/verify", accounts));

        await MatrixAnswers.AssertAsync(response, 400, AntiforgeryFailed);
    }

    private static HttpRequestMessage Post(string endpoint, MatrixAccounts accounts) => endpoint switch
    {
        "/api/works" => new(HttpMethod.Post, endpoint)
        {
            Content = new MultipartFormDataContent { { new StringContent("Matrix: from a browser"), "title" }, { new ByteArrayContent(TestFiles.Unique()), "file", "work.bin" } },
        },
        "/api/works/{id}/transfer" => new(HttpMethod.Post, $"/api/works/{accounts.OwnersWorkId}/transfer")
        {
            Content = JsonContent.Create(new { to = accounts[MatrixRole.Creator].Address }),
        },
        "/api/verify" => new(HttpMethod.Post, endpoint)
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Unique()), "file", "check.bin" } },
        },
        "/api/works/{id}/offers" => new(HttpMethod.Post, $"/api/works/{accounts.OwnersWorkId}/offers")
        {
            Content = JsonContent.Create(new { price = "1", usage = "personal", terms = "From a browser." }),
        },
        "/api/earnings/withdraw" or "/api/disputes/bonds/withdraw" or "/api/me/notifications/read" => new(HttpMethod.Post, endpoint),
        "/api/disputes/{id}/settle" => new(HttpMethod.Post, $"/api/disputes/{NoSuchId}/settle"),
        "/api/works/{id}/disputes" => new(HttpMethod.Post, $"/api/works/{NoSuchId}/disputes")
        {
            Content = Registry.Tests.Web.Api.DisputeForms.Open("authorship", "From a browser."),
        },
        _ when endpoint.StartsWith("/api/disputes/{id}/", StringComparison.Ordinal) =>
            new(HttpMethod.Post, endpoint.Replace("{id}", NoSuchId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                Content = Registry.Tests.Web.Api.DisputeForms.Statement("From a browser."),
            },
        _ when endpoint.StartsWith("/api/offers/{id}/", StringComparison.Ordinal) =>
            new(HttpMethod.Post, endpoint.Replace("{id}", accounts.OwnersOfferId.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };
}
