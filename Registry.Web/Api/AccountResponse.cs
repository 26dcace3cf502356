using Registry.Core.Accounts;

namespace Registry.Web.Api;

public sealed record AccountResponse(string Email, string Address, IReadOnlyList<string> Roles)
{
    public static AccountResponse From(AccountSummary account) => new(account.Email, account.Address, account.Roles);
}
