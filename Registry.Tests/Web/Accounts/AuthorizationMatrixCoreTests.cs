using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The Core row of the matrix: granting the Moderator role (the admin page's button calls exactly this with the
/// signed-in account, or "" when anonymous). The role is read from the database, not from the caller's claims.
/// </summary>
public sealed class AuthorizationMatrixCoreTests : IAsyncLifetime
{
    private const string Password = "harbour-at-dawn-1";

    private CoreHost _host = default!;
    private AccountSummary _founder = default!;

    private AccountService Accounts => _host.Get<AccountService>();

    private ModeratorGrants Grants => _host.Get<ModeratorGrants>();

    public static TheoryData<MatrixRole, bool> GrantModeratorRows => new()
    {
        { MatrixRole.Anonymous, false },
        { MatrixRole.Creator, false },
        { MatrixRole.Licensee, false },
        { MatrixRole.Moderator, false },
        { MatrixRole.Admin, true },
    };

    public async Task InitializeAsync()
    {
        _host = await CoreHost.StartWithoutChainAsync();
        // The first account of a registry is its Admin.
        _founder = (await Accounts.CreateAsync("founder@example.com", Password)).Account!;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(GrantModeratorRows))]
    public async Task GrantModerator_ByRole_IsAllowedOnlyToAnAdmin(MatrixRole role, bool allowed)
    {
        var actingUserId = await AccountOfAsync(role);
        var target = await NewAccountAsync("target");

        if (allowed)
        {
            var grant = await Grants.GrantAsync(actingUserId, target.UserId);

            Assert.Equal(actingUserId, grant.GrantedByUserId);
            Assert.Equal(OnChainState.Pending, grant.OnChainState);
            Assert.Contains(RegistryRoles.Moderator, (await Accounts.FindAsync(target.UserId))!.Roles);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<AccountPermissionException>(() => Grants.GrantAsync(actingUserId, target.UserId));

            Assert.Equal("Only an Admin can grant the Moderator role.", refused.Message);
            Assert.DoesNotContain(RegistryRoles.Moderator, (await Accounts.FindAsync(target.UserId))!.Roles);
            Assert.DoesNotContain(await Grants.ListAsync(), g => g.UserId == target.UserId);
        }
    }

    /// <summary>The acting account's id: a new account given the role (the founder for Admin), or "" when anonymous, as the admin page passes it.</summary>
    private async Task<string> AccountOfAsync(MatrixRole role)
    {
        if (role == MatrixRole.Anonymous) return "";
        if (role == MatrixRole.Admin) return _founder.UserId;
        var account = await NewAccountAsync(role.ToString().ToLowerInvariant());
        await MatrixRoles.GiveAsync(_host.Get<IServiceProvider>(), role, account.UserId, adminUserId: _founder.UserId);
        var roles = (await Accounts.FindAsync(account.UserId))!.Roles;
        Assert.Equal(MatrixRoles.Of(role), roles);
        return account.UserId;
    }

    private async Task<AccountSummary> NewAccountAsync(string who) =>
        (await Accounts.CreateAsync($"{who}-{Guid.NewGuid():N}@example.com", Password)).Account!;
}
