using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Accounts;

/// <summary>Personal API tokens: created (secret returned once), listed, revoked, and checked by their SHA-256 only.</summary>
public sealed class ApiTokens(IDbContextFactory<RegistryDbContext> dbFactory, TimeProvider clock)
{
    public const string Prefix = "rgt_";
    public const int MaxNameLength = 100;

    /// <summary>Writing the last use on every request would be a write per call; once a minute is enough to tell.</summary>
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    /// <exception cref="ArgumentException">The name is empty or longer than <see cref="MaxNameLength"/>.</exception>
    public async Task<CreatedApiToken> CreateAsync(string userId, string name, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
            throw new ArgumentException($"A token needs a name of 1 to {MaxNameLength} characters.", nameof(name));
        var secret = Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = ApiToken.Issue(userId, name, HashOf(secret), clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token, secret);
    }

    /// <summary>The account's tokens, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the account's own tokens; false when it has no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null) return false;
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ApiTokenCheck> CheckAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal)) return new(ApiTokenStatus.Unknown, null);
        var hash = HashOf(presented);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null) return new(ApiTokenStatus.Unknown, null);
        if (token.IsRevoked) return new(ApiTokenStatus.Revoked, token.UserId);
        var now = clock.GetUtcNow();
        if (token.LastUsedAt is not { } last || now - last >= UseResolution)
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new(ApiTokenStatus.Valid, token.UserId);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
