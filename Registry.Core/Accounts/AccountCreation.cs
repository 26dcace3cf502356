namespace Registry.Core.Accounts;

/// <summary>The outcome of a sign-up: the new account, or the problems that refused it.</summary>
/// <param name="IsFirstAccount">The first account of the registry, which is made Admin too.</param>
/// <param name="Funded">Given ether on the embedded dev chain.</param>
public sealed record AccountCreation(AccountSummary? Account, IReadOnlyList<AccountProblem> Problems, bool IsFirstAccount, bool Funded)
{
    public bool Succeeded => Account is not null;

    public static AccountCreation Refused(IReadOnlyList<AccountProblem> problems) => new(null, problems, false, false);
}
