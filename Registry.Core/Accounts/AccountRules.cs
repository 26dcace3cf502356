namespace Registry.Core.Accounts;

/// <summary>The sign-up and sign-in rules, in one place for Identity's options and the texts that state them.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = 10;

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
}
