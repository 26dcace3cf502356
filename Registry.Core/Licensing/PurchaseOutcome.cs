namespace Registry.Core.Licensing;

/// <summary>
/// A licence bought (its id and the mined transaction's hash), or why not, worded for the buyer;
/// <see cref="Arguments"/> are the values in <see cref="Message"/>, for wording it in another language.
/// </summary>
public sealed record PurchaseOutcome(long? LicenceId, string? TransactionHash, PurchaseProblem? Problem, string? Message, IReadOnlyList<string> Arguments)
{
    public static PurchaseOutcome Bought(long licenceId, string transactionHash) => new(licenceId, transactionHash, null, null, []);

    public static PurchaseOutcome Refused(PurchaseProblem problem, string template, params object[] arguments)
    {
        var (message, texts) = Wording.Fill(template, arguments);
        return new(null, null, problem, message, texts);
    }
}
