namespace Registry.Tests.Web.Api;

/// <summary>An account of the licensing API tests: its address (lower-case hex) and API token.</summary>
internal sealed record LicensingApiPerson(string Address, string Token);
