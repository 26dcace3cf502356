using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Accounts;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The account services of Core (Identity's UserManager, <see cref="ModeratorGrants"/>, <see cref="ApiTokens"/>)
/// on the database of a running app, from the test process: what an operator's script would do to its accounts.
/// </summary>
internal static class AppAccountServices
{
    public static ServiceProvider For(RegistryAppProcess app)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContextFactory<RegistryDbContext>(o =>
            o.UseSqlite($"Data Source={Path.Combine(app.DataDirectory, "registry.db")};Pooling=False"));
        services.AddRegistryAccounts(app.DataDirectory);
        return services.BuildServiceProvider();
    }
}
