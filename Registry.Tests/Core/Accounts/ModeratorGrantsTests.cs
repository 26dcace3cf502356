using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

public sealed class ModeratorGrantsTests : IAsyncLifetime
{
    private CoreHost _host = default!;
    private AccountSummary _admin = default!;
    private AccountSummary _creator = default!;

    private ModeratorGrants Grants => _host.Get<ModeratorGrants>();

    public async Task InitializeAsync()
    {
        _host = await CoreHost.StartWithoutChainAsync();
        var accounts = _host.Get<AccountService>();
        _admin = (await accounts.CreateAsync("admin@example.com", "harbour-at-dawn-1")).Account!;
        _creator = (await accounts.CreateAsync("creator@example.com", "harbour-at-dawn-1")).Account!;
    }

    [Fact]
    public async Task GrantAsync_ByAnAdmin_GivesTheAppRoleAtOnce_AndRecordsTheOnChainPartAsPending()
    {
        var grant = await Grants.GrantAsync(_admin.UserId, _creator.UserId);

        Assert.Contains(RegistryRoles.Moderator, (await _host.Get<AccountService>().FindAsync(_creator.UserId))!.Roles);
        Assert.Equal(OnChainState.Pending, grant.OnChainState);
        Assert.Equal(_creator.UserId, grant.UserId);
        Assert.Equal(_creator.Address, grant.Address);
        Assert.Equal(_admin.UserId, grant.GrantedByUserId);
        Assert.Null(grant.TransactionHash);
        Assert.Equal([grant.Id], (await Grants.ListPendingAsync()).Select(g => g.Id));
    }

    [Fact]
    public async Task GrantAsync_ByANonAdmin_IsRefusedAndChangesNothing()
    {
        var e = await Assert.ThrowsAsync<AccountPermissionException>(() => Grants.GrantAsync(_creator.UserId, _creator.UserId));

        Assert.Equal("Only an Admin can grant the Moderator role.", e.Message);
        Assert.DoesNotContain(RegistryRoles.Moderator, (await _host.Get<AccountService>().FindAsync(_creator.UserId))!.Roles);
        Assert.Empty(await Grants.ListAsync());
    }

    [Fact]
    public async Task GrantAsync_ByAnUnknownAccount_IsRefusedAsNotAnAdmin()
    {
        var e = await Assert.ThrowsAsync<AccountPermissionException>(() => Grants.GrantAsync("forged-id", _creator.UserId));

        Assert.Equal(ModeratorGrants.NotAnAdminMessage, e.Message);
    }

    [Fact]
    public async Task GrantAsync_WhenTheAccountDoesNotExist_SaysSo()
    {
        var e = await Assert.ThrowsAsync<AccountNotFoundException>(() => Grants.GrantAsync(_admin.UserId, "nobody"));

        Assert.Equal("There is no account nobody.", e.Message);
    }

    [Fact]
    public async Task GrantAsync_Twice_KeepsOneGrantAndOneRole()
    {
        var first = await Grants.GrantAsync(_admin.UserId, _creator.UserId);
        await Grants.MarkGrantedAsync(first.Id, "0x" + new string('a', 64));

        var second = await Grants.GrantAsync(_admin.UserId, _creator.UserId);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(OnChainState.Granted, second.OnChainState);
        Assert.Single(await Grants.ListAsync());
        Assert.Single((await _host.Get<AccountService>().FindAsync(_creator.UserId))!.Roles, RegistryRoles.Moderator);
    }

    [Fact]
    public async Task GrantAsync_AfterTheOnChainPartFailed_TriesItAgain()
    {
        var first = await Grants.GrantAsync(_admin.UserId, _creator.UserId);
        await Grants.MarkFailedAsync(first.Id, "The chain node cannot be reached.");
        Assert.Equal("The chain node cannot be reached.", (await Grants.ListAsync()).Single().Reason);

        var again = await Grants.GrantAsync(_admin.UserId, _creator.UserId);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(OnChainState.Pending, again.OnChainState);
        Assert.Null(again.Reason);
    }

    [Fact]
    public async Task RecordSentAsync_KeepsTheGrantPendingWithItsTransaction()
    {
        var grant = await Grants.GrantAsync(_admin.UserId, _creator.UserId);
        var tx = "0x" + new string('b', 64);

        await Grants.RecordSentAsync(grant.Id, tx);

        var stored = (await Grants.ListPendingAsync()).Single();
        Assert.Equal(tx, stored.TransactionHash);
        Assert.Equal(OnChainState.Pending, stored.OnChainState);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
