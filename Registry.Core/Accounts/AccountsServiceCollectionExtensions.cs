using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Persistence;

namespace Registry.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Identity over the registry's database (users, roles, lockout, password rules), each account's encrypted
    /// key, API tokens and moderator grants. Sign-in itself (cookies, tokens) is the web app's part.
    /// </summary>
    public static IServiceCollection AddRegistryAccounts(this IServiceCollection services, string dataDirectory)
    {
        // Account keys outlive any one process: the key ring stays in the data folder, under a fixed application
        // name (not the content root, which changes when the app is moved or run from elsewhere).
        services.AddDataProtection()
            .SetApplicationName("Registry")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddIdentityCore<RegistryUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The e-mail is the user name; any character an e-mail may hold is allowed.
                o.User.AllowedUserNameCharacters = "";
                o.Password.RequiredLength = AccountRules.MinPasswordLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = AccountRules.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = AccountRules.Lockout;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegistryDbContext>()
            .AddPasswordValidator<PasswordLetterValidator>();

        services.AddSingleton<AccountKeys>();
        services.AddSingleton<DevChainFaucet>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<ModeratorGrants>();
        return services;
    }
}
