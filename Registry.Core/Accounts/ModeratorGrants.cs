using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Persistence;

namespace Registry.Core.Accounts;

/// <summary>
/// An Admin makes an account a Moderator: the app role at once, and a <see cref="ModeratorGrant"/> whose
/// on-chain part starts <see cref="OnChainState.Pending"/>. Granting again changes nothing (or retries a failure).
/// </summary>
public sealed class ModeratorGrants(IServiceScopeFactory scopes, IDbContextFactory<RegistryDbContext> dbFactory, TimeProvider clock)
{
    public const string NotAnAdminMessage = "Only an Admin can grant the Moderator role.";

    private readonly SemaphoreSlim _granting = new(1, 1);

    /// <exception cref="AccountPermissionException">The acting account is not an Admin.</exception>
    /// <exception cref="AccountNotFoundException">The account to make Moderator does not exist.</exception>
    public async Task<ModeratorGrant> GrantAsync(string adminUserId, string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        // The role is read from the database, not from the caller's sign-in claims, which may be older.
        var admin = await users.FindByIdAsync(adminUserId);
        if (admin is null || !await users.IsInRoleAsync(admin, RegistryRoles.Admin))
            throw new AccountPermissionException(NotAnAdminMessage);
        var user = await users.FindByIdAsync(userId) ?? throw new AccountNotFoundException(userId);

        await _granting.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await users.IsInRoleAsync(user, RegistryRoles.Moderator))
            {
                var added = await users.AddToRoleAsync(user, RegistryRoles.Moderator);
                if (!added.Succeeded)
                    throw new InvalidOperationException("The Moderator role could not be added: " + string.Join(" ", added.Errors.Select(e => e.Description)));
            }
            var now = clock.GetUtcNow();
            var grant = await db.ModeratorGrants.SingleOrDefaultAsync(g => g.UserId == user.Id, cancellationToken);
            if (grant is null)
                db.ModeratorGrants.Add(grant = ModeratorGrant.Request(user.Id, user.Address, admin.Id, now));
            else
                grant.Retry(admin.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return grant;
        }
        finally
        {
            _granting.Release();
        }
    }

    /// <summary>Every grant, newest first, for the admin page.</summary>
    public async Task<IReadOnlyList<ModeratorGrant>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModeratorGrants.AsNoTracking().OrderByDescending(g => g.GrantedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The grants whose on-chain part is still to be done, oldest first.</summary>
    public async Task<IReadOnlyList<ModeratorGrant>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ModeratorGrants.AsNoTracking().Where(g => g.OnChainState == OnChainState.Pending)
            .OrderBy(g => g.GrantedAt).ToListAsync(cancellationToken);
    }

    public Task RecordSentAsync(Guid grantId, string transactionHash, CancellationToken cancellationToken = default) =>
        UpdateAsync(grantId, g => g.RecordSent(transactionHash, clock.GetUtcNow()), cancellationToken);

    public Task MarkGrantedAsync(Guid grantId, string? transactionHash, CancellationToken cancellationToken = default) =>
        UpdateAsync(grantId, g => g.MarkGranted(transactionHash, clock.GetUtcNow()), cancellationToken);

    public Task MarkFailedAsync(Guid grantId, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(grantId, g => g.MarkFailed(reason, clock.GetUtcNow()), cancellationToken);

    private async Task UpdateAsync(Guid grantId, Action<ModeratorGrant> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var grant = await db.ModeratorGrants.SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no moderator grant {grantId}.");
        change(grant);
        await db.SaveChangesAsync(cancellationToken);
    }
}
