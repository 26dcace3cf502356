namespace Registry.Web.Api;

/// <summary>A moderator's ruling as sent: ruling (dismissed|flagged|frozen|reassigned), the written reason, and licences to revoke.</summary>
public sealed record RulingBody(string? Ruling, string? Reason, IReadOnlyList<long>? RevokeLicences);
