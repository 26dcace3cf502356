using Microsoft.EntityFrameworkCore;
using Nethereum.Signer;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

public sealed class AccountKeysTests : IAsyncLifetime
{
    private CoreHost _host = default!;

    private AccountKeys Keys => _host.Get<AccountKeys>();

    public async Task InitializeAsync() => _host = await CoreHost.StartWithoutChainAsync();

    [Fact]
    public async Task UnlockAsync_ReturnsTheKeyOfTheAccountsAddress_WhichIsNotWhatIsStored()
    {
        var account = (await _host.Get<AccountService>().CreateAsync("keys@example.com", "harbour-at-dawn-1")).Account!;

        var key = await Keys.UnlockAsync(account.UserId, CancellationToken.None);

        Assert.Matches("^0x[0-9a-f]{64}$", key);
        Assert.Equal(account.Address, new EthECKey(key).GetPublicAddress().ToLowerInvariant());
        await using var db = await _host.DbAsync();
        var stored = await db.Users.Where(u => u.Id == account.UserId).Select(u => u.EncryptedKey).SingleAsync();
        Assert.DoesNotContain(key[2..], stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(Convert.FromHexString(key[2..])), stored);
    }

    [Fact]
    public async Task Generate_EncryptsEachKeyDifferently_AndTheKeyRingLivesInTheDataFolder()
    {
        var one = Keys.Generate();
        var two = Keys.Generate();

        Assert.NotEqual(one.Address, two.Address);
        Assert.NotEqual(one.EncryptedKey, two.EncryptedKey);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_host.DataDirectory, "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task UnlockAsync_WhenAnotherAccountsCiphertextWasCopiedIn_Refuses()
    {
        var accounts = _host.Get<AccountService>();
        var victim = (await accounts.CreateAsync("victim@example.com", "harbour-at-dawn-1")).Account!;
        var thief = (await accounts.CreateAsync("thief@example.com", "harbour-at-dawn-1")).Account!;
        await using (var db = await _host.DbAsync())
        {
            var victimKey = await db.Users.Where(u => u.Id == victim.UserId).Select(u => u.EncryptedKey).SingleAsync();
            await db.Users.Where(u => u.Id == thief.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.EncryptedKey, victimKey));
        }

        await Assert.ThrowsAsync<System.Security.Cryptography.CryptographicException>(() => Keys.UnlockAsync(thief.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task UnlockAsync_AfterARestartOnTheSameDataFolder_StillDecryptsTheKey()
    {
        using var data = new TempDirectory("registry-keys");
        string userId, address;
        await using (var before = await CoreHost.StartWithoutChainAsync(data.Path))
            (userId, address) = (await before.Get<AccountService>().CreateAsync("restart@example.com", "harbour-at-dawn-1")) is { Account: { } a } ? (a.UserId, a.Address) : throw new InvalidOperationException();

        await using var after = await CoreHost.StartWithoutChainAsync(data.Path);
        var key = await after.Get<AccountKeys>().UnlockAsync(userId, CancellationToken.None);

        Assert.Equal(address, new EthECKey(key).GetPublicAddress().ToLowerInvariant());
    }

    [Fact]
    public async Task UnlockAsync_WhenThereIsNoSuchAccount_SaysSo()
    {
        var e = await Assert.ThrowsAsync<AccountNotFoundException>(() => Keys.UnlockAsync("nobody", CancellationToken.None));

        Assert.Equal("There is no account nobody.", e.Message);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
