using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Persistence;

public sealed class DatabaseInitializerTests
{
    private static readonly string[] AccountTables =
    [
        "DROP TABLE ModeratorGrants", "DROP TABLE ApiTokens", "DROP TABLE AspNetUserRoles", "DROP TABLE AspNetUserClaims", "DROP TABLE AspNetUserLogins",
        "DROP TABLE AspNetUserTokens", "DROP TABLE AspNetRoleClaims", "DROP TABLE AspNetRoles", "DROP TABLE AspNetUsers",
    ];

    [Fact]
    public async Task InitializeAsync_OnADatabaseFromBeforeTheAccounts_AddsTheirTablesAndKeepsTheWorks()
    {
        await using var database = await ReadModelDatabase.CreateAsync();
        await database.AddAsync(ReadModelDatabase.Work(1, "Kept"));
        await using (var db = await database.Factory.CreateDbContextAsync())
            foreach (var drop in AccountTables)
                await db.Database.ExecuteSqlRawAsync(drop);

        await using (var db = await database.Factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);

        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal("Kept", (await after.Works.SingleAsync()).Title);
        Assert.Equal(0, await after.Users.CountAsync());
        Assert.Equal(0, await after.ApiTokens.CountAsync());
        Assert.Equal(RegistryRoles.All.Order(), (await after.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task InitializeAsync_OnADatabaseWithoutANewNullableColumn_AddsItAndKeepsTheRows()
    {
        await using var database = await ReadModelDatabase.CreateAsync();
        await database.AddAsync(ReadModelDatabase.Work(1, "Kept"));
        await using (var db = await database.Factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE Registrations DROP COLUMN CreatorId");

        await using (var db = await database.Factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);

        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await after.Registrations.CountAsync(r => r.CreatorId != null));
        Assert.Equal("Kept", (await after.Works.SingleAsync()).Title);
    }

    [Fact]
    public async Task InitializeAsync_Twice_AddsEachRoleOnce()
    {
        await using var database = await ReadModelDatabase.CreateAsync();

        await using (var db = await database.Factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);

        await using var after = await database.Factory.CreateDbContextAsync();
        Assert.Equal(RegistryRoles.All.Count, await after.Roles.CountAsync());
    }
}
