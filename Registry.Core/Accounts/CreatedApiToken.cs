namespace Registry.Core.Accounts;

/// <summary>A token just created, with its secret: the only time the secret is known.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
