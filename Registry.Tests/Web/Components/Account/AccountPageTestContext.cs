using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Components.Account;

/// <summary>
/// The page test context with accounts: a chain that is not there (no funding, the balance unavailable at once)
/// and bunit's authorization, signed in as whichever account a test chooses.
/// </summary>
internal sealed class AccountPageTestContext : IAsyncDisposable
{
    private readonly PageTestContext _context;
    private BunitAuthorizationContext _authorization = default!;

    private AccountPageTestContext()
    {
        var nowhere = new ChainConnection(SwitchableChain.DeadRpcUrl, AnvilFixture.ChainId, "0x" + new string('1', 40), ChainOptions.DevChainSignerKey, 0);
        _context = new PageTestContext(bunit =>
        {
            bunit.Services.Replace(ServiceDescriptor.Singleton<IChainConnectionProvider>(new SwitchableChain(nowhere)));
            _authorization = bunit.AddAuthorization();
        });
    }

    public BunitContext Bunit => _context.Bunit;

    public PageTestContext Pages => _context;

    public T Get<T>() where T : notnull => Bunit.Services.GetRequiredService<T>();

    public static async Task<AccountPageTestContext> CreateAsync()
    {
        var context = new AccountPageTestContext();
        await using var db = await context._context.DbAsync();
        return context;
    }

    public async Task<AccountSummary> NewAccountAsync(string email) =>
        (await Get<AccountService>().CreateAsync(email, "harbour-at-dawn-1")).Account!;

    /// <summary>Signed in as the account, with the roles its sign-in claims carry (which may differ from the database's).</summary>
    public void SignInAs(AccountSummary account, params string[] claimedRoles)
    {
        _authorization.SetAuthorized(account.Email);
        _authorization.SetRoles(claimedRoles.Length > 0 ? claimedRoles : [.. account.Roles]);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, account.UserId));
    }

    /// <summary>A visitor who is not signed in.</summary>
    public void SignOut() => _authorization.SetNotAuthorized();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
