using Registry.Core.Works;

namespace Registry.Web.Api;

public sealed record WorkEventResponse(string Kind, string? From, string? To, long BlockNumber, string TxHash, int LogIndex, DateTimeOffset Timestamp)
{
    public static WorkEventResponse Of(WorkEvent e) =>
        new(e.Kind.ToString().ToLowerInvariant(), e.From, e.To, e.BlockNumber, e.TransactionHash, e.LogIndex, e.Timestamp);
}
