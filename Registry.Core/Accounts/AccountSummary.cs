namespace Registry.Core.Accounts;

/// <summary>What the account and admin pages show of an account; never its key.</summary>
public sealed record AccountSummary(string UserId, string Email, string Address, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt)
{
    public bool IsIn(string role) => Roles.Contains(role);
}
