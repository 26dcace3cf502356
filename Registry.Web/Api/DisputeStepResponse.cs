using Registry.Core.Disputes;

namespace Registry.Web.Api;

/// <summary>One step of a dispute, with the address of the document it stored (evidence, counter-statement, appeal, reason).</summary>
public sealed record DisputeStepResponse(string Kind, string? Actor, string? DocumentCid, string? DocumentUrl, string? Ruling, string TxHash, long BlockNumber, DateTimeOffset At)
{
    public static DisputeStepResponse From(long disputeId, DisputeStep s) => new(
        ApiNames.Of(s.Kind), s.Actor, s.DocumentCid, s.DocumentCid is { } cid ? DisputesApi.DocumentPath(disputeId, cid) : null,
        s.Ruling is { } ruling ? ApiNames.Of(ruling) : null, s.TransactionHash, s.BlockNumber, s.At);
}
