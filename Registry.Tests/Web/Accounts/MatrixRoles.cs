using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Accounts;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// Turns a new account (Creator and Licensee, as the app makes it) into the account of a matrix row, through the
/// services an operator would use: Identity's <see cref="UserManager{TUser}"/> for Licensee-only and Admin, and
/// <see cref="ModeratorGrants"/> (acting as an Admin) for Moderator.
/// </summary>
internal static class MatrixRoles
{
    public static IReadOnlyList<string> Of(MatrixRole role) => role switch
    {
        MatrixRole.Anonymous => [],
        MatrixRole.Creator => [RegistryRoles.Creator, RegistryRoles.Licensee],
        MatrixRole.Licensee => [RegistryRoles.Licensee],
        MatrixRole.Moderator => [RegistryRoles.Creator, RegistryRoles.Licensee, RegistryRoles.Moderator],
        MatrixRole.Admin => [RegistryRoles.Creator, RegistryRoles.Licensee, RegistryRoles.Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <param name="services">The account services on the database of the account.</param>
    /// <param name="adminUserId">An Admin of that database, who grants the Moderator role.</param>
    public static async Task GiveAsync(IServiceProvider services, MatrixRole role, string userId, string? adminUserId = null)
    {
        switch (role)
        {
            case MatrixRole.Creator:
                return;
            case MatrixRole.Licensee:
                await ChangeAsync(services, userId, (users, user) => users.RemoveFromRoleAsync(user, RegistryRoles.Creator));
                return;
            case MatrixRole.Admin:
                await ChangeAsync(services, userId, (users, user) => users.AddToRoleAsync(user, RegistryRoles.Admin));
                return;
            case MatrixRole.Moderator:
                await services.GetRequiredService<ModeratorGrants>().GrantAsync(
                    adminUserId ?? throw new ArgumentNullException(nameof(adminUserId), "A Moderator is granted by an Admin."), userId);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(role), role, "An anonymous caller has no account.");
        }
    }

    private static async Task ChangeAsync(IServiceProvider services, string userId, Func<UserManager<RegistryUser>, RegistryUser, Task<IdentityResult>> change)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"There is no account {userId}.");
        var result = await change(users, user);
        if (!result.Succeeded)
            throw new InvalidOperationException("The roles could not be changed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
