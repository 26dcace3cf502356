using Registry.Core.Works;

namespace Registry.Web.Api;

public sealed record WorkResponse(
    long WorkId,
    string Sha256,
    string Cid,
    string? MetadataCid,
    string Owner,
    string Creator,
    string TxHash,
    long BlockNumber,
    DateTimeOffset Timestamp,
    string? Title,
    string? Description,
    string? Kind,
    IReadOnlyList<string> Tags,
    bool Published,
    IReadOnlyList<RoyaltyShareResponse> Split,
    IReadOnlyList<WorkEventResponse>? History = null)
{
    public static WorkResponse From(Work w, IReadOnlyList<WorkEvent>? history = null) => new(
        w.WorkId, w.ContentHash, w.Cid, w.MetadataCid, w.Owner, w.Creator, w.TransactionHash, w.BlockNumber, w.RegisteredAt,
        w.Title, w.Description, w.Kind?.ToString().ToLowerInvariant(),
        (w.Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        w.Published,
        RoyaltyShareResponse.Of(w.Split),
        history?.Select(WorkEventResponse.Of).ToList());
}
