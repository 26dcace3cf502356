namespace Registry.Web.Api;

public sealed record TransferRequest(string? To);
