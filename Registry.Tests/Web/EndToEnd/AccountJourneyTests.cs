using System.Text.RegularExpressions;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>A newcomer in real Chromium: signs up, sees the account with its own funded address, signs out and in again.</summary>
[Collection("browser")]
public sealed partial class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignUp_SeeTheFundedAddress_SignOut_AndSignInAgainToRegister()
    {
        var page = await browser.NewPageAsync();
        var email = TestAccounts.NewEmail("journey");

        await page.GotoAsync("/");
        await page.GetByTestId("nav-signup").ClickAsync();
        await page.GetByTestId("signup-email").FillAsync(email);
        await page.GetByTestId("signup-password").FillAsync(TestAccounts.Password);
        await page.GetByTestId("signup-confirm").FillAsync(TestAccounts.Password);
        await page.GetByTestId("signup-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/account\?welcome=(new|admin)$"));
        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(email);
        await Expect(page.GetByTestId("account-address")).ToHaveTextAsync(Address());
        await Expect(page.GetByTestId("account-balance")).ToHaveTextAsync("10 ETH");
        var address = await page.GetByTestId("account-address").InnerTextAsync();
        await Expect(page.GetByTestId("nav-account")).ToHaveTextAsync(email);

        await page.GetByTestId("nav-signout").ClickAsync();
        await page.GetByTestId("signout-submit").ClickAsync();
        await Expect(page.GetByTestId("nav-signin")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-account")).ToHaveCountAsync(0);

        await page.GotoAsync("/register");
        await Expect(page).ToHaveURLAsync(new Regex(@"/account/signin\?returnUrl=%2Fregister$"));
        await page.GetByTestId("signin-email").FillAsync(email);
        await page.GetByTestId("signin-password").FillAsync("not-the-password-1");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("signin-problem")).ToHaveTextAsync("Wrong e-mail or password.");
        await page.GetByTestId("signin-password").FillAsync(TestAccounts.Password);
        await page.GetByTestId("signin-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/register$"));
        await page.WaitForInteractiveAsync("register");
        await page.GotoAsync("/account");
        await Expect(page.GetByTestId("account-address")).ToHaveTextAsync(address);
    }

    [Fact]
    public async Task AccountPage_CreateATokenSeeItOnce_ThenRevokeIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();
        await page.WaitForInteractiveAsync("token-create");

        await page.Field("token-name").FillAsync("CI pipeline");
        await page.GetByTestId("token-create").ClickAsync();
        await Expect(page.GetByTestId("token-secret")).ToHaveTextAsync(new Regex("^rgt_[A-Za-z0-9_-]{43}$"));
        var secret = await page.GetByTestId("token-secret").InnerTextAsync();
        using (var api = new Api.ApiClient(browser.App.BaseUrl).WithToken(secret))
            Assert.Equal(System.Net.HttpStatusCode.OK, (await api.Http.GetAsync("/api/account")).StatusCode);

        await page.GetByTestId("token-revoke").ClickAsync();
        await Expect(page.GetByTestId("token-revoked")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("token-secret")).ToHaveCountAsync(0);
        using (var api = new Api.ApiClient(browser.App.BaseUrl).WithToken(secret))
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/api/account")).StatusCode);
    }

    [GeneratedRegex("^0x[0-9a-f]{40}$")]
    private static partial Regex Address();
}
