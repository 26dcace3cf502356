namespace Registry.Core.Accounts;

/// <summary>What a presented token is: valid for <see cref="UserId"/>, unknown, or revoked.</summary>
public sealed record ApiTokenCheck(ApiTokenStatus Status, string? UserId);
