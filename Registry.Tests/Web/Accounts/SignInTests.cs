using System.Net;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>Signing in and out of the real app, and what its protected pages do with visitors.</summary>
[Collection("browser")]
public sealed class SignInTests(BrowserFixture fixture)
{
    private const string WrongPassword = "Wrong e-mail or password.";

    [Fact]
    public async Task SignIn_WithTheRightPassword_GoesBackToTheReturnUrlSignedIn()
    {
        var email = await NewAccountAsync();
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignInAsync(email, TestAccounts.Password, returnUrl: "/register");

        Assert.Equal(302, answer.Status);
        Assert.EndsWith("/register", answer.Location);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/account")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task SignIn_WithAReturnUrlToAnotherSite_StaysOnThisOne(string returnUrl)
    {
        var email = await NewAccountAsync();
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignInAsync(email, TestAccounts.Password, returnUrl);

        Assert.Equal(302, answer.Status);
        Assert.Equal(new Uri(new Uri(fixture.App.BaseUrl), "/"), new Uri(new Uri(fixture.App.BaseUrl), answer.Location));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysWrongEmailOrPassword()
    {
        var email = await NewAccountAsync();
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignInAsync(email, "not-the-password-1");

        Assert.Equal(200, answer.Status);
        Assert.Equal([WrongPassword], answer.Problems("signin-problem"));
        Assert.Equal(email, answer.Page.QuerySelector("[data-testid=signin-email]")!.GetAttribute("value"));
        Assert.Equal("", answer.Page.QuerySelector("[data-testid=signin-password]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAnUnknownEmail_SaysExactlyTheSame()
    {
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignInAsync(TestAccounts.NewEmail("nobody"), TestAccounts.Password);

        Assert.Equal([WrongPassword], answer.Problems("signin-problem"));
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var email = await NewAccountAsync();
        using var browser = new Browser(fixture.App.BaseUrl);
        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Equal([WrongPassword], (await browser.SignInAsync(email, $"wrong-password-{attempt}")).Problems("signin-problem"));

        var fifth = await browser.SignInAsync(email, "wrong-password-5");
        var right = await browser.SignInAsync(email, TestAccounts.Password);

        const string locked = "Too many failed attempts: this account is locked for 15 minutes. Try again later.";
        Assert.Equal([locked], fifth.Problems("signin-problem"));
        Assert.Equal(200, right.Status);
        Assert.Equal([locked], right.Problems("signin-problem"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        await TestAccounts.SignUpAsync(browser);

        var answer = await browser.SignOutAsync();

        Assert.Equal(302, answer.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/account")).StatusCode);
        Assert.Contains("/account/signin", (await browser.Http.GetAsync("/account")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_ByAPlainLink_DoesNotSignOut()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        await TestAccounts.SignUpAsync(browser);

        var page = await browser.Http.GetAsync("/account/signout");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/api/account")).StatusCode);
    }

    [Theory]
    [InlineData("/register")]
    [InlineData("/account")]
    [InlineData("/admin/accounts")]
    public async Task ProtectedPage_WhenAnonymous_SendsToSignInAndBack(string path)
    {
        using var browser = new Browser(fixture.App.BaseUrl);

        var response = await browser.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/account/signin?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AdminPage_ForAnAccountThatIsNotAdmin_IsRefused()
    {
        await NewAccountAsync();
        using var browser = new Browser(fixture.App.BaseUrl);
        await TestAccounts.SignUpAsync(browser); // never the first account of the app, so never its Admin

        var response = await browser.Http.GetAsync("/admin/accounts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RegisterPage_ForACreator_Opens()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        await TestAccounts.SignUpAsync(browser);

        var response = await browser.Http.GetAsync("/register");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"register\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> NewAccountAsync()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        return await TestAccounts.SignUpAsync(browser);
    }
}
