namespace Registry.Core.Accounts;

/// <summary>Why a sign-up was refused; the UI words each one (Account_{name}).</summary>
public enum AccountProblem
{
    DuplicateEmail,
    InvalidEmail,
    PasswordTooShort,
    PasswordRequiresDigit,
    PasswordRequiresLetter,
    Refused,
}
