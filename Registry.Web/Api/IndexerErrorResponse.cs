namespace Registry.Web.Api;

/// <param name="Since">When the failures in a row began.</param>
/// <param name="Attempts">Failed attempts in a row.</param>
public sealed record IndexerErrorResponse(string Message, DateTimeOffset Since, int Attempts, DateTimeOffset NextAttemptAt);
