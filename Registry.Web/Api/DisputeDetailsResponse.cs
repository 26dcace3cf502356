using Registry.Core.Disputes;
using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <summary>
/// A dispute with its works, its steps (each with its document's URL), the app's audit of its rulings, and the
/// Hamming distance of the two works' perceptual fingerprints when both have one.
/// </summary>
public sealed record DisputeDetailsResponse(
    long DisputeId,
    string Claim,
    string Status,
    string Claimant,
    string BondWei,
    string Bond,
    string EvidenceUrl,
    string? Ruling,
    string? AppealRuling,
    string? Appellant,
    DateTimeOffset OpenedAt,
    WorkResponse Work,
    WorkResponse? CopiedWork,
    int? FingerprintDistance,
    IReadOnlyList<DisputeStepResponse> Steps,
    IReadOnlyList<ModerationDecisionResponse> Decisions)
{
    public static DisputeDetailsResponse From(DisputeDetails details)
    {
        var d = details.Dispute;
        return new(
            d.DisputeId, ApiNames.Of(d.Claim), ApiNames.Of(d.Status), d.Claimant, d.Bond, NativeAmount.Format(d.Bond),
            DisputesApi.DocumentPath(d.DisputeId, d.EvidenceCid),
            d.Ruling is { } ruling ? ApiNames.Of(ruling) : null, d.AppealRuling is { } appeal ? ApiNames.Of(appeal) : null, d.Appellant, d.OpenedAt,
            WorkResponse.From(details.Work), details.CopiedWork is { } copied ? WorkResponse.From(copied) : null, details.FingerprintDistance,
            details.Steps.Select(s => DisputeStepResponse.From(d.DisputeId, s)).ToList(),
            details.Decisions.Select(ModerationDecisionResponse.From).ToList());
    }
}
