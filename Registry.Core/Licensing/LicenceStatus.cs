namespace Registry.Core.Licensing;

/// <summary>Where a licence stands at a given moment.</summary>
public enum LicenceStatus
{
    Valid,
    Expired,
    Revoked,
}
