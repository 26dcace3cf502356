namespace Registry.Core.Accounts;

/// <summary>A personal API token of an account. Only the SHA-256 of the secret is kept; the secret is shown once.</summary>
public sealed class ApiToken
{
    private ApiToken() { }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>SHA-256 of the secret, lower-case hex.</summary>
    public string Hash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiToken Issue(string userId, string name, string hash, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserId = userId, Name = name, Hash = hash, CreatedAt = now };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;
}
