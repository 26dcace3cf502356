namespace Registry.Core.Accounts;

/// <summary>Where the on-chain half of a role grant stands; the app role is granted at once.</summary>
public enum OnChainState
{
    Pending,
    Granted,
    Failed,
}
