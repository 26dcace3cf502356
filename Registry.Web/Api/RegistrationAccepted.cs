namespace Registry.Web.Api;

public sealed record RegistrationAccepted(Guid RegistrationId);
