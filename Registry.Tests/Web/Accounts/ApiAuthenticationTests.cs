using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Api;

namespace Registry.Tests.Web.Accounts;

/// <summary>The REST API's identities: cookie or Bearer API token; anonymous callers may only read and verify.</summary>
[Collection("browser")]
public sealed class ApiAuthenticationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RegisterWork_WhenAnonymous_Returns401ProblemAndRegistersNothing()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);
        var content = TestFiles.Unique();

        var response = await api.RegisterAsync(content, "Anonymous");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Sign in, or send an API token as 'Authorization: Bearer <token>', to do this.", await ApiClient.DetailAsync(response));
        Assert.False((await (await api.VerifyAsync(content)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registered").GetBoolean());
    }

    [Fact]
    public async Task RegisterWork_WithTheAccountsApiToken_IsAccepted()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync(TestFiles.Unique(), "By token");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task RegisterWork_WithARevokedToken_Returns401SayingItWasRevoked()
    {
        var (_, token) = await TestAccounts.WithTokenAsync(fixture.App);
        using var api = new ApiClient(fixture.App.BaseUrl).WithToken(token.Secret);
        await TestAccounts.RevokeAsync(fixture.App, token);

        var response = await api.RegisterAsync(TestFiles.Unique(), "Revoked");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("The API token has been revoked. Create a new one on your account page.", await ApiClient.DetailAsync(response));
    }

    [Theory]
    [InlineData("rgt_thisTokenWasNeverIssuedByTheRegistryAtAll000")]
    [InlineData("garbage")]
    public async Task RegisterWork_WithAnUnknownToken_Returns401SayingItIsNotValid(string secret)
    {
        using var api = new ApiClient(fixture.App.BaseUrl).WithToken(secret);

        var response = await api.RegisterAsync(TestFiles.Unique(), "Unknown");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The API token is not valid. Create one on your account page.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task GetAccount_WithAToken_AnswersForTheTokensAccount()
    {
        var (email, token) = await TestAccounts.WithTokenAsync(fixture.App);
        using var api = new ApiClient(fixture.App.BaseUrl).WithToken(token.Secret);

        var account = await api.Http.GetFromJsonAsync<JsonElement>("/api/account");

        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Matches("^0x[0-9a-f]{40}$", account.GetProperty("address").GetString());
        Assert.False(account.TryGetProperty("encryptedKey", out _));
    }

    [Fact]
    public async Task ReadAndVerify_StayOpenToAnonymousCallers()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/api/works")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.VerifyAsync(TestFiles.Unique())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/api/registrations/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task RegisterWork_FromTheSignedInBrowserWithItsAntiforgeryToken_IsAccepted()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        await TestAccounts.SignUpAsync(browser);
        var antiforgery = await browser.AntiforgeryTokenAsync("/register");
        var form = new MultipartFormDataContent { { new StringContent("From the page"), "title" }, { new ByteArrayContent(TestFiles.Unique()), "file", "page.bin" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/works") { Content = form };
        request.Headers.Add("RequestVerificationToken", antiforgery);

        var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
