namespace Registry.Core.Works;

/// <summary>A sent transfer (its transaction hash) or the reason it was refused, worded for the person who asked.</summary>
public sealed record TransferOutcome(string? TransactionHash, TransferProblem? Problem, string? Message)
{
    public static TransferOutcome Sent(string transactionHash) => new(transactionHash, null, null);

    public static TransferOutcome Refused(TransferProblem problem, string message) => new(null, problem, message);
}
