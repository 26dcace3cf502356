namespace Registry.Web.Api;

/// <summary>Whether a licence (or an address, for a work and usage) is valid now, and why, in a sentence.</summary>
public sealed record LicenceCheckResponse(bool Valid, LicenceResponse? Licence, string Reason);
