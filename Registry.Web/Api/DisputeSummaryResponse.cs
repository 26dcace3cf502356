using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>A dispute in a list; <see cref="Ruling"/> is the ruling in force (the appeal's when there was one).</summary>
public sealed record DisputeSummaryResponse(
    long DisputeId, long WorkId, string WorkTitle, string Claimant, string Claim, long? CopiedWorkId, string Status, string? Ruling, DateTimeOffset OpenedAt)
{
    public static DisputeSummaryResponse From(DisputeSummary d) => new(
        d.DisputeId, d.WorkId, d.WorkTitle, d.Claimant, ApiNames.Of(d.Claim), d.CopiedWorkId, ApiNames.Of(d.Status),
        d.Ruling is { } ruling ? ApiNames.Of(ruling) : null, d.OpenedAt);
}
