using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

public sealed class AccountServiceTests : IAsyncLifetime
{
    private const string Password = "harbour-at-dawn-1";
    private CoreHost _host = default!;

    private AccountService Accounts => _host.Get<AccountService>();

    public async Task InitializeAsync() => _host = await CoreHost.StartWithoutChainAsync();

    [Fact]
    public async Task CreateAsync_GivesEachAccountItsOwnAddressAndAnEncryptedKey()
    {
        var first = await Accounts.CreateAsync("ada@example.com", Password);
        var second = await Accounts.CreateAsync("grace@example.com", Password);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Matches("^0x[0-9a-f]{40}$", first.Account!.Address);
        Assert.NotEqual(first.Account.Address, second.Account!.Address);
        await using var db = await _host.DbAsync();
        var stored = await db.Users.SingleAsync(u => u.Id == first.Account.UserId);
        Assert.Equal(first.Account.Address, stored.Address);
        Assert.False(string.IsNullOrEmpty(stored.EncryptedKey));
        Assert.DoesNotContain((await _host.Get<AccountKeys>().UnlockAsync(stored.Id, CancellationToken.None))[2..], stored.EncryptedKey, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CreateAsync_WhenTheRegistryHasNoAccount_MakesTheFirstAnAdmin_AndLaterOnesNot()
    {
        var first = await Accounts.CreateAsync("first@example.com", Password);
        var second = await Accounts.CreateAsync("second@example.com", Password);

        Assert.True(first.IsFirstAccount);
        Assert.Equal([RegistryRoles.Creator, RegistryRoles.Licensee, RegistryRoles.Admin], first.Account!.Roles);
        Assert.False(second.IsFirstAccount);
        Assert.Equal([RegistryRoles.Creator, RegistryRoles.Licensee], second.Account!.Roles);
        Assert.Equal(first.Account.Roles, (await Accounts.FindAsync(first.Account.UserId))!.Roles);
        Assert.Equal(second.Account.Roles, (await Accounts.FindAsync(second.Account.UserId))!.Roles);
    }

    [Fact]
    public async Task CreateAsync_WhenTheEmailIsTakenInAnyCase_RefusesAsDuplicate()
    {
        await Accounts.CreateAsync("taken@example.com", Password);

        var again = await Accounts.CreateAsync("Taken@Example.com", Password);

        Assert.False(again.Succeeded);
        Assert.Equal([AccountProblem.DuplicateEmail], again.Problems);
        Assert.Single(await Accounts.ListAsync());
    }

    [Theory]
    [InlineData("short1", AccountProblem.PasswordTooShort)]
    [InlineData("no-digits-at-all", AccountProblem.PasswordRequiresDigit)]
    [InlineData("1234567890", AccountProblem.PasswordRequiresLetter)]
    public async Task CreateAsync_WhenThePasswordIsWeak_NamesTheRuleItBreaks(string password, AccountProblem problem)
    {
        var result = await Accounts.CreateAsync("weak@example.com", password);

        Assert.False(result.Succeeded);
        Assert.Equal([problem], result.Problems);
        Assert.Empty(await Accounts.ListAsync());
    }

    [Fact]
    public async Task CreateAsync_WithATenCharacterPasswordOfLettersAndADigit_Succeeds()
    {
        var result = await Accounts.CreateAsync("plain@example.com", "abcdefghi1");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task CreateAsync_WhenTheEmailIsMalformed_RefusesIt()
    {
        var result = await Accounts.CreateAsync("not-an-email", Password);

        Assert.Equal([AccountProblem.InvalidEmail], result.Problems);
    }

    [Fact]
    public async Task CreateAsync_OnAConfiguredChain_DoesNotFundTheAccount()
    {
        var result = await Accounts.CreateAsync("configured@example.com", Password);

        Assert.True(result.Succeeded);
        Assert.False(result.Funded);
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryAccountOldestFirst_WithRolesAndNoKey()
    {
        await Accounts.CreateAsync("one@example.com", Password);
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await Accounts.CreateAsync("two@example.com", Password);

        var accounts = await Accounts.ListAsync();

        Assert.Equal(["one@example.com", "two@example.com"], accounts.Select(a => a.Email));
        Assert.True(accounts[0].IsIn(RegistryRoles.Admin));
        Assert.False(accounts[1].IsIn(RegistryRoles.Admin));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
