namespace Registry.Core.Accounts;

public sealed class AccountNotFoundException(string userId) : Exception($"There is no account {userId}.")
{
    public string UserId { get; } = userId;
}
