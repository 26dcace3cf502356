using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>The disputes API's answers to input it cannot read, each saying what to send instead.</summary>
public static class DisputeMessages
{
    public const string MultipartRequired = "Send the statement and its files as multipart/form-data: fields claim, copiedWorkId, statement, then one 'files' part per file.";

    public static readonly string Claims = ApiNames.List<DisputeClaim>();
    public static readonly string Statuses = ApiNames.List<DisputeStatus>();
    public static readonly string Rulings = ApiNames.List<DisputeRuling>();

    public static readonly string ClaimMissing = $"Say what you claim: claim must be {Claims}.";
    public static readonly string RulingMissing = $"Give the ruling: {Rulings}.";

    public static string ClaimUnknown(string claim) => $"'{claim}' is not a claim: use {Claims}.";

    public static string StatusUnknown(string status) => $"'{status}' is not a dispute status: use {Statuses}.";

    public static string RulingUnknown(string ruling) => $"'{ruling}' is not a ruling: use {Rulings}.";

    public static string NoDispute(long disputeId) => $"There is no dispute #{disputeId}.";

    public static string NotADocumentOf(long disputeId, string cid) => $"{cid} is not a document or file of dispute #{disputeId}.";

    public static string RequestTooLarge(long limitBytes) =>
        $"Evidence may be at most {DisputeRefusals.Size(DisputeLimits.MaxTotalBytes, decimals: false)} in all; this request is larger than {DisputeRefusals.Size(limitBytes, decimals: false)}.";
}
