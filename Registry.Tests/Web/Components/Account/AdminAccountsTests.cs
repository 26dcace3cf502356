using Bunit;
using AngleSharp.Dom;
using Registry.Core.Accounts;
using Registry.Web.Components.Pages.Admin;

namespace Registry.Tests.Web.Components.Account;

public sealed class AdminAccountsTests : IAsyncLifetime
{
    private AccountPageTestContext _context = default!;
    private AccountSummary _admin = default!;
    private AccountSummary _creator = default!;

    private ModeratorGrants Grants => _context.Get<ModeratorGrants>();

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _admin = await _context.NewAccountAsync("admin@example.com");
        _creator = await _context.NewAccountAsync("creator@example.com");
        _context.SignInAs(_admin);
    }

    [Fact]
    public void Accounts_ListsEveryAccountWithItsRolesAndAddress()
    {
        var page = Live(_context.Bunit.Render<AdminAccounts>());

        Assert.Equal(["admin@example.com", "creator@example.com"], page.FindAll("[data-testid=account-row-email]").Select(e => e.TextContent));
        Assert.Equal(["Creator, Licensee, Admin", "Creator, Licensee"], page.FindAll("[data-testid=account-row-roles]").Select(e => e.TextContent));
        Assert.Contains(_creator.Address, Row(page, _creator.Email).TextContent);
    }

    [Fact]
    public async Task GrantModerator_GivesTheAppRoleAtOnce_AndShowsTheOnChainPartPending()
    {
        var page = Live(_context.Bunit.Render<AdminAccounts>());

        Row(page, _creator.Email).QuerySelector("[data-testid=grant-moderator]")!.Click();

        page.WaitForAssertion(() =>
        {
            var row = Row(page, _creator.Email);
            Assert.Equal("Pending", row.QuerySelector("[data-testid=grant-state]")!.GetAttribute("data-state"));
            Assert.Contains("On-chain: pending", row.TextContent);
            Assert.Null(row.QuerySelector("[data-testid=grant-moderator]"));
            Assert.Equal("Creator, Licensee, Moderator", row.QuerySelector("[data-testid=account-row-roles]")!.TextContent);
        });
        Assert.Contains(RegistryRoles.Moderator, (await _context.Get<AccountService>().FindAsync(_creator.UserId))!.Roles);
    }

    [Fact]
    public async Task GrantModerator_WhenTheOnChainPartFailed_ShowsWhy_AndOffersToGrantAgain()
    {
        var grant = await Grants.GrantAsync(_admin.UserId, _creator.UserId);
        await Grants.MarkFailedAsync(grant.Id, "The chain node cannot be reached.");

        var page = Live(_context.Bunit.Render<AdminAccounts>());

        var row = Row(page, _creator.Email);
        Assert.Equal("Failed", row.QuerySelector("[data-testid=grant-state]")!.GetAttribute("data-state"));
        Assert.Contains("On-chain: failed", row.TextContent);
        Assert.Equal("The chain node cannot be reached.", row.QuerySelector("[data-testid=grant-reason]")!.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=grant-moderator]"));
    }

    [Fact]
    public async Task GrantModerator_WhenTheOnChainPartIsDone_ShowsItGrantedWithItsTransaction()
    {
        var grant = await Grants.GrantAsync(_admin.UserId, _creator.UserId);
        var tx = "0x" + new string('c', 64);
        await Grants.MarkGrantedAsync(grant.Id, tx);

        var page = Live(_context.Bunit.Render<AdminAccounts>());

        var row = Row(page, _creator.Email);
        Assert.Contains("On-chain: granted", row.TextContent);
        Assert.Contains(tx, row.TextContent);
        Assert.Null(row.QuerySelector("[data-testid=grant-moderator]"));
    }

    [Fact]
    public void GrantModerator_ByAnAccountClaimingAdminButNotOneInTheDatabase_IsRefused()
    {
        _context.SignInAs(_creator, RegistryRoles.Admin);
        var page = Live(_context.Bunit.Render<AdminAccounts>());

        Row(page, _creator.Email).QuerySelector("[data-testid=grant-moderator]")!.Click();

        page.WaitForAssertion(() => Assert.Equal("Only an Admin can grant the Moderator role.", page.Find("[data-testid=admin-problem]").TextContent.Trim()));
        Assert.Null(Row(page, _creator.Email).QuerySelector("[data-testid=grant-state]"));
    }

    /// <summary>The page once the accounts are listed and the circuit is live.</summary>
    private static IRenderedComponent<AdminAccounts> Live(IRenderedComponent<AdminAccounts> page)
    {
        page.WaitForElement("[data-testid=account-row-email]");
        page.WaitForState(() => page.FindAll("[data-testid=grant-moderator][disabled]").Count == 0);
        return page;
    }

    private static IElement Row(IRenderedComponent<AdminAccounts> page, string email) =>
        page.FindAll("tr").Single(r => r.QuerySelector("[data-testid=account-row-email]")?.TextContent == email);

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
