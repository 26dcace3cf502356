using Microsoft.Extensions.Localization;
using Registry.Core.Disputes;

namespace Registry.Web.Components.Disputes;

/// <summary>The facts of disputes worded for the reader, the same way on every page.</summary>
public static class DisputeWording
{
    /// <summary>What the claimant says, in the third person: "Says it copies work #3".</summary>
    public static string Claim(IStringLocalizer<SharedResource> localizer, DisputeClaim claim, long? copiedWorkId) => claim switch
    {
        DisputeClaim.Copies => localizer["Claim_Copies", copiedWorkId ?? 0],
        _ => localizer[$"Claim_{claim}"],
    };

    /// <summary>"Dismissed", "Upheld – Frozen", …</summary>
    public static string Ruling(IStringLocalizer<SharedResource> localizer, DisputeRuling ruling) => localizer[$"Ruling_{ruling}"];

    public static string Status(IStringLocalizer<SharedResource> localizer, DisputeStatus status) => localizer[$"DisputeStatus_{status}"];

    /// <summary>Where a dispute's document (or one of its files) is served; only CIDs that belong to the dispute are.</summary>
    public static string DocumentPath(long disputeId, string cid) => $"/api/disputes/{disputeId}/documents/{cid}";

    public static string DisputePath(long disputeId) => $"/disputes/{disputeId}";
}
