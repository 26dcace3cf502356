using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

public sealed class ApiTokensTests : IAsyncLifetime
{
    private CoreHost _host = default!;
    private string _userId = "";

    private ApiTokens Tokens => _host.Get<ApiTokens>();

    public async Task InitializeAsync()
    {
        _host = await CoreHost.StartWithoutChainAsync();
        _userId = await NewAccountAsync("tokens@example.com");
    }

    [Fact]
    public async Task CreateAsync_ReturnsTheSecretOnce_AndStoresOnlyItsSha256()
    {
        var created = await Tokens.CreateAsync(_userId, "  CI pipeline  ");

        Assert.StartsWith(ApiTokens.Prefix, created.Secret);
        Assert.Equal("CI pipeline", created.Token.Name);
        await using var db = await _host.DbAsync();
        var stored = await db.ApiTokens.SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(created.Secret))), stored.Hash);
        var row = string.Join("|", stored.Id, stored.UserId, stored.Name, stored.Hash);
        Assert.DoesNotContain(created.Secret, row);
        Assert.DoesNotContain(created.Secret[ApiTokens.Prefix.Length..], row);
    }

    [Fact]
    public async Task CheckAsync_WhenTheSecretIsValid_NamesTheAccountAndNotesTheUse()
    {
        var created = await Tokens.CreateAsync(_userId, "script");

        var check = await Tokens.CheckAsync(created.Secret);

        Assert.Equal(new ApiTokenCheck(ApiTokenStatus.Valid, _userId), check);
        Assert.NotNull((await Tokens.ListAsync(_userId)).Single().LastUsedAt);
    }

    [Theory]
    [InlineData("rgt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-even-our-format")]
    [InlineData("")]
    public async Task CheckAsync_WhenTheSecretIsUnknown_SaysUnknown(string presented)
    {
        await Tokens.CreateAsync(_userId, "real one");

        Assert.Equal(new ApiTokenCheck(ApiTokenStatus.Unknown, null), await Tokens.CheckAsync(presented));
    }

    [Fact]
    public async Task CheckAsync_AfterRevoke_SaysRevoked()
    {
        var created = await Tokens.CreateAsync(_userId, "leaked");

        Assert.True(await Tokens.RevokeAsync(_userId, created.Token.Id));

        Assert.Equal(ApiTokenStatus.Revoked, (await Tokens.CheckAsync(created.Secret)).Status);
        Assert.NotNull((await Tokens.ListAsync(_userId)).Single().RevokedAt);
    }

    [Fact]
    public async Task RevokeAsync_WhenTheTokenIsAnotherAccounts_ChangesNothing()
    {
        var created = await Tokens.CreateAsync(_userId, "mine");
        var other = await NewAccountAsync("other@example.com");

        Assert.False(await Tokens.RevokeAsync(other, created.Token.Id));

        Assert.Equal(ApiTokenStatus.Valid, (await Tokens.CheckAsync(created.Secret)).Status);
    }

    [Fact]
    public async Task ListAsync_ShowsOnlyTheAccountsOwnTokens_NewestFirst()
    {
        await Tokens.CreateAsync(_userId, "older");
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await Tokens.CreateAsync(_userId, "newer");
        await Tokens.CreateAsync(await NewAccountAsync("someone@example.com"), "theirs");

        Assert.Equal(["newer", "older"], (await Tokens.ListAsync(_userId)).Select(t => t.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateAsync_WithoutAName_IsRefused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Tokens.CreateAsync(_userId, name));
    }

    private async Task<string> NewAccountAsync(string email) =>
        (await _host.Get<AccountService>().CreateAsync(email, "harbour-at-dawn-1")).Account!.UserId;

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
