using Registry.Core.Licensing;

namespace Registry.Core.Disputes;

/// <summary>
/// A dispute step sent and mined (the dispute's id and the transaction's hash), or why not, worded for the person who
/// asked; <see cref="Arguments"/> are the values in <see cref="Message"/>, for wording it in another language.
/// </summary>
public sealed record DisputeOutcome(long? DisputeId, string? TransactionHash, DisputeProblem? Problem, string? Message, IReadOnlyList<string> Arguments)
{
    public static DisputeOutcome Sent(long? disputeId, string transactionHash) => new(disputeId, transactionHash, null, null, []);

    public static DisputeOutcome Refused(DisputeProblem problem, string template, params object[] arguments)
    {
        var (message, texts) = Wording.Fill(template, arguments);
        return new(null, null, problem, message, texts);
    }
}
