namespace Registry.Core.Accounts;

public enum ApiTokenStatus
{
    Valid,
    Unknown,
    Revoked,
}
