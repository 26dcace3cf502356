namespace Registry.Core.Licensing;

/// <summary>Whether an address may use a work for a usage now, the licence that says so (or the closest one that does not), and why.</summary>
public sealed record LicenceCheck(bool Valid, Licence? Licence, string Reason);
