using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;
using Registry.Core.Chain;
using Registry.Core.Persistence;

namespace Registry.Core.Accounts;

/// <summary>
/// Creates accounts (Identity user, own key, roles, ether on the dev chain) and reads them for the account and
/// admin pages. A singleton: each operation takes its own scope, so it is safe from long-lived Blazor circuits.
/// </summary>
public sealed class AccountService(
    IServiceScopeFactory scopes,
    IDbContextFactory<RegistryDbContext> dbFactory,
    AccountKeys keys,
    DevChainFaucet faucet,
    IChainConnectionProvider chain,
    TimeProvider clock)
{
    private static readonly string[] NewcomerRoles = [RegistryRoles.Creator, RegistryRoles.Licensee];
    private static readonly string[] FirstAccountRoles = [RegistryRoles.Creator, RegistryRoles.Licensee, RegistryRoles.Admin];

    // Two sign-ups on an empty registry must not both become the first account.
    private readonly SemaphoreSlim _creating = new(1, 1);

    /// <summary>
    /// A new account with its own key, a Creator and a Licensee; the first account of the registry is an Admin too.
    /// On the embedded dev chain it is then funded with <see cref="DevChainFaucet.AllowanceEth"/> ether.
    /// </summary>
    public async Task<AccountCreation> CreateAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        var key = keys.Generate();
        var user = new RegistryUser { UserName = email, Email = email, Address = key.Address, EncryptedKey = key.EncryptedKey, CreatedAt = clock.GetUtcNow() };
        bool isFirst;
        await _creating.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            isFirst = !await db.Users.AnyAsync(cancellationToken);
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) return AccountCreation.Refused(ProblemsOf(created.Errors));
            var roles = isFirst ? FirstAccountRoles : NewcomerRoles;
            var added = await users.AddToRolesAsync(user, roles);
            if (!added.Succeeded)
                throw new InvalidOperationException("The new account's roles could not be added: " + string.Join(" ", added.Errors.Select(e => e.Description)));
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _creating.Release();
        }
        var funded = await faucet.TryFundAsync(user.Address, cancellationToken);
        var roleList = isFirst ? FirstAccountRoles : NewcomerRoles;
        return new AccountCreation(new AccountSummary(user.Id, email, user.Address, roleList, user.CreatedAt), [], isFirst, funded);
    }

    public async Task<AccountSummary?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(u => u.Id == userId, cancellationToken)).SingleOrDefault();

    /// <summary>Every account, oldest first, with its roles.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(_ => true, cancellationToken);

    /// <summary>The address's balance in ether.</summary>
    /// <exception cref="ChainUnavailableException">The chain is not set up or cannot be reached.</exception>
    public async Task<decimal> GetBalanceAsync(string address, CancellationToken cancellationToken = default)
    {
        var connection = await chain.GetAsync(cancellationToken);
        try
        {
            var wei = await new Web3(connection.RpcUrl).Eth.GetBalance.SendRequestAsync(address);
            return Web3.Convert.FromWei(wei.Value);
        }
        catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException or HttpRequestException)
        {
            throw new ChainUnavailableException($"The balance of {address} could not be read: {e.Message}", e);
        }
    }

    private async Task<List<AccountSummary>> QueryAsync(System.Linq.Expressions.Expression<Func<RegistryUser, bool>> filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(filter)
            .OrderBy(u => u.CreatedAt).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.Address, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return users.Select(u => new AccountSummary(u.Id, u.Email ?? "", u.Address, OrderedRoles(byUser[u.Id]), u.CreatedAt)).ToList();
    }

    private static List<string> OrderedRoles(IEnumerable<string> roles) =>
        RegistryRoles.All.Where(roles.Contains).ToList();

    private static List<AccountProblem> ProblemsOf(IEnumerable<IdentityError> errors) =>
        errors.Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AccountProblem.DuplicateEmail,
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => AccountProblem.InvalidEmail,
                nameof(IdentityErrorDescriber.PasswordTooShort) => AccountProblem.PasswordTooShort,
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => AccountProblem.PasswordRequiresDigit,
                PasswordLetterValidator.Code => AccountProblem.PasswordRequiresLetter,
                _ => AccountProblem.Refused,
            })
            .Distinct().Order().ToList();
}
