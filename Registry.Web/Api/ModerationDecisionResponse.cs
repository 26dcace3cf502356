using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>The audit of a ruling given through the app: the moderator's address, when, what, and the transaction.</summary>
public sealed record ModerationDecisionResponse(string Moderator, bool Appeal, string Ruling, string ReasonUrl, IReadOnlyList<long> RevokedLicences, string TxHash, DateTimeOffset DecidedAt)
{
    public static ModerationDecisionResponse From(ModerationDecision d) => new(
        d.Moderator, d.Appeal, ApiNames.Of(d.Ruling), DisputesApi.DocumentPath(d.DisputeId, d.ReasonCid),
        d.RevokedLicences.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList(), d.TransactionHash, d.DecidedAt);
}
