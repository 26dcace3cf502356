using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>The sign-up form of the real app, over HTTP as a browser posts it.</summary>
[Collection("browser")]
public sealed class SignUpTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignUp_SignsTheNewAccountInWithAnHttpOnlyLaxCookie_AndOpensTheAccountPage()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        var email = TestAccounts.NewEmail("newcomer");

        var answer = await browser.SignUpAsync(email, TestAccounts.Password);

        Assert.Equal(302, answer.Status);
        Assert.Matches(@"/account\?welcome=(new|admin)$", answer.Location);
        var cookie = answer.SetCookies.Single(c => c.StartsWith("registry.auth=")).ToLowerInvariant();
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=lax", cookie);
        Assert.DoesNotContain("; secure", cookie); // plain HTTP here; Secure is set when the request is HTTPS
        var account = await browser.Http.GetFromJsonAsync<JsonElement>("/api/account");
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Matches("^0x[0-9a-f]{40}$", account.GetProperty("address").GetString());
        Assert.Contains("Creator", account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Licensee", account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task SignUp_WhenTheEmailHasAnAccount_SaysSo()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        var email = await TestAccounts.SignUpAsync(new Browser(fixture.App.BaseUrl));

        var answer = await browser.SignUpAsync(email.ToUpperInvariant(), TestAccounts.Password);

        Assert.Equal(200, answer.Status);
        Assert.Equal(["An account with this e-mail already exists."], answer.Problems("signup-problem"));
    }

    [Theory]
    [InlineData("short1", "The password must be at least 10 characters long.")]
    [InlineData("long-but-no-digit", "The password must contain at least one digit.")]
    [InlineData("12345678901", "The password must contain at least one letter.")]
    public async Task SignUp_WhenThePasswordIsWeak_SaysWhichRuleItBreaks(string password, string message)
    {
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignUpAsync(TestAccounts.NewEmail(), password);

        Assert.Equal(200, answer.Status);
        Assert.Equal([message], answer.Problems("signup-problem"));
        Assert.Equal("", answer.Page.QuerySelector("[data-testid=signup-password]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignUp_WhenThePasswordIsWeakInEveryWay_ListsEveryRule()
    {
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignUpAsync(TestAccounts.NewEmail(), "abc");

        Assert.Equal(["The password must be at least 10 characters long.", "The password must contain at least one digit."], answer.Problems("signup-problem"));
    }

    [Fact]
    public async Task SignUp_WhenTheTwoPasswordsDiffer_SaysSo()
    {
        using var browser = new Browser(fixture.App.BaseUrl);

        var answer = await browser.SignUpAsync(TestAccounts.NewEmail(), TestAccounts.Password, "something-else-2");

        Assert.Equal(["The two passwords differ."], answer.Problems("signup-problem"));
    }

    [Fact]
    public async Task SignUp_InSimplifiedChinese_WordsTheProblemInChinese()
    {
        using var browser = new Browser(fixture.App.BaseUrl);
        browser.Cookies.Add(new Uri(fixture.App.BaseUrl), new Cookie(".AspNetCore.Culture", "c=zh-Hans|uic=zh-Hans"));

        var answer = await browser.SignUpAsync(TestAccounts.NewEmail(), "long-but-no-digit");

        Assert.Equal(["密码必须至少包含一个数字。"], answer.Problems("signup-problem"));
    }
}
