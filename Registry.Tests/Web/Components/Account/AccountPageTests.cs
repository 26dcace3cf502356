using Bunit;
using Microsoft.AspNetCore.Components;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Pages.Account;

namespace Registry.Tests.Web.Components.Account;

public sealed class AccountPageTests : IAsyncLifetime
{
    private AccountPageTestContext _context = default!;
    private AccountSummary _account = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _account = await _context.NewAccountAsync("ada@example.com");
        _context.SignInAs(_account);
    }

    [Fact]
    public async Task Account_ShowsTheEmailRolesAddressAndTheAddressesWorks()
    {
        await using (var db = await _context.Pages.DbAsync())
        {
            db.Works.Add(ReadModelDatabase.Work(7, "Harbour at dawn", owner: _account.Address));
            db.Works.Add(ReadModelDatabase.Work(8, "Someone else's"));
            await db.SaveChangesAsync();
        }

        var page = Live(_context.Bunit.Render<AccountPage>());

        Assert.Equal("ada@example.com", page.Find("[data-testid=account-email]").TextContent);
        Assert.Equal("Creator, Licensee, Admin", page.Find("[data-testid=account-roles]").TextContent);
        Assert.Equal(_account.Address, page.Find("[data-testid=account-address]").TextContent);
        var works = page.Find("[data-testid=account-works]").TextContent;
        Assert.Contains("Harbour at dawn", works);
        Assert.DoesNotContain("Someone else's", works);
        page.WaitForAssertion(() => Assert.Equal("Unavailable: the chain cannot be reached.", page.Find("[data-testid=account-balance]").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Account_NeverShowsTheKeyOrItsCiphertext()
    {
        var page = Live(_context.Bunit.Render<AccountPage>());

        var key = await _context.Get<AccountKeys>().UnlockAsync(_account.UserId, CancellationToken.None);
        Assert.DoesNotContain(key[2..], page.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("EncryptedKey", page.Markup);
    }

    [Fact]
    public void Account_AfterSignUpAsTheFirstAccount_SaysItIsTheAdmin()
    {
        _context.Get<NavigationManager>().NavigateTo("/account?welcome=admin");

        var page = Live(_context.Bunit.Render<AccountPage>());

        Assert.Equal("Welcome! Your account is ready: you can register works now.", page.Find("[data-testid=welcome-new]").TextContent);
        Assert.Equal("As the first account of this registry, you are its Admin as well.", page.Find("[data-testid=welcome-admin]").TextContent);
    }

    [Fact]
    public void Account_AfterSignUpAsALaterAccount_JustWelcomes()
    {
        _context.Get<NavigationManager>().NavigateTo("/account?welcome=new");

        var page = Live(_context.Bunit.Render<AccountPage>());

        Assert.Equal("Welcome! Your account is ready: you can register works now.", page.Find("[data-testid=welcome-new]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=welcome-admin]"));
    }

    [Fact]
    public async Task CreateToken_ShowsTheSecretOnce_AndTheSecretSignsInAsTheAccount()
    {
        var page = Live(_context.Bunit.Render<AccountPage>());

        page.Find("[data-testid=token-name] input, input[data-testid=token-name]").Input("CI pipeline");
        page.Find("[data-testid=token-create]").Click();

        var secret = page.WaitForElement("[data-testid=token-secret]").TextContent;
        Assert.StartsWith(ApiTokens.Prefix, secret);
        Assert.Equal(new ApiTokenCheck(ApiTokenStatus.Valid, _account.UserId), await _context.Get<ApiTokens>().CheckAsync(secret));
        var again = Live(_context.Bunit.Render<AccountPage>());
        Assert.Empty(again.FindAll("[data-testid=token-secret]"));
        Assert.DoesNotContain(secret, again.Markup);
        Assert.Equal("CI pipeline", again.Find("[data-testid=token-row-name]").TextContent);
    }

    [Fact]
    public async Task RevokeToken_MarksItRevoked_AndItNoLongerSignsIn()
    {
        var created = await _context.Get<ApiTokens>().CreateAsync(_account.UserId, "leaked");
        var page = Live(_context.Bunit.Render<AccountPage>());

        page.Find("[data-testid=token-revoke]").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find("[data-testid=token-revoked]").TextContent));
        Assert.Equal(ApiTokenStatus.Revoked, (await _context.Get<ApiTokens>().CheckAsync(created.Secret)).Status);
    }

    [Fact]
    public void CreateToken_WithoutAName_AsksForOne()
    {
        var page = Live(_context.Bunit.Render<AccountPage>());

        page.Find("[data-testid=token-create]").Click();

        Assert.Equal("Give the token a name.", page.WaitForElement("[data-testid=token-problem]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=token-secret]"));
    }

    /// <summary>The page once its account is loaded and its buttons are live.</summary>
    private static IRenderedComponent<AccountPage> Live(IRenderedComponent<AccountPage> page)
    {
        page.WaitForElement("[data-testid=token-create]:not([disabled])");
        return page;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
