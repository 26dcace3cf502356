using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>The disputes API's answers to input it cannot read, each saying what to send instead.</summary>
public static class DisputeMessages
{
    public const string MultipartRequired = "Send the statement and its files as multipart/form-data: fields claim, copiedWorkId, statement, then one 'files' part per file.";

    public static readonly string Claims = Names<DisputeClaim>();
    public static readonly string Statuses = Names<DisputeStatus>();
    public static readonly string Rulings = Names<DisputeRuling>();

    public static readonly string ClaimMissing = $"Say what you claim: claim must be {Claims}.";
    public static readonly string RulingMissing = $"Give the ruling: {Rulings}.";

    public static string ClaimUnknown(string claim) => $"'{claim}' is not a claim: use {Claims}.";

    public static string StatusUnknown(string status) => $"'{status}' is not a dispute status: use {Statuses}.";

    public static string RulingUnknown(string ruling) => $"'{ruling}' is not a ruling: use {Rulings}.";

    public static string WorkInvalid(string work) => $"'{work}' is not a work id: expected a whole number such as 7.";

    public static string AddressInvalid(string address) => $"'{address}' is not a valid address: expected 0x followed by 40 hexadecimal digits.";

    public static string NoDispute(long disputeId) => $"There is no dispute #{disputeId}.";

    public static string NotADocumentOf(long disputeId, string cid) => $"{cid} is not a document or file of dispute #{disputeId}.";

    public static string RequestTooLarge(long limitBytes) =>
        $"Evidence may be at most {DisputeRefusals.Size(DisputeLimits.MaxTotalBytes, decimals: false)} in all; this request is larger than {DisputeRefusals.Size(limitBytes, decimals: false)}.";

    /// <summary>A value of the enum as the API writes it, or null when <paramref name="text"/> names none.</summary>
    public static TEnum? Parse<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => ApiNames.Of(v!.Value).Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Names<TEnum>() where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Select(v => ApiNames.Of(v)).ToList();
        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}
