using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Registry.Core.Accounts;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>Accounts for tests of the real app: signed up through its own form, with API tokens where a test needs one.</summary>
internal static class TestAccounts
{
    public const string Password = "harbour-at-dawn-1";

    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";

    /// <summary>A new account, signed up through the form; the browser is signed in as it.</summary>
    public static async Task<string> SignUpAsync(Browser browser, string? email = null)
    {
        email ??= NewEmail();
        var answer = await browser.SignUpAsync(email, Password);
        if (answer.Status != 302)
            throw new InvalidOperationException($"Sign-up answered {answer.Status}: {string.Join(" ", answer.Problems("signup-problem"))}");
        return email;
    }

    /// <summary>
    /// A new account (signed up through the form) and an API token of it. Tokens are created on the account page
    /// over the interactive circuit; here the same service writes it to the app's own database.
    /// </summary>
    public static async Task<(string Email, CreatedApiToken Token)> WithTokenAsync(RegistryAppProcess app)
    {
        using var browser = new Browser(app.BaseUrl);
        var email = await SignUpAsync(browser);
        var database = AppDatabase(app);
        string userId;
        await using (var db = await database.CreateDbContextAsync())
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (email, await new ApiTokens(database, TimeProvider.System).CreateAsync(userId, "tests"));
    }

    public static async Task RevokeAsync(RegistryAppProcess app, CreatedApiToken token) =>
        await new ApiTokens(AppDatabase(app), TimeProvider.System).RevokeAsync(token.Token.UserId, token.Token.Id);

    private static IDbContextFactory<RegistryDbContext> AppDatabase(RegistryAppProcess app) =>
        new PooledDbContextFactory<RegistryDbContext>(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlite($"Data Source={Path.Combine(app.DataDirectory, "registry.db")};Pooling=False").Options);
}
