namespace Registry.Core.Licensing;

/// <summary>
/// An offer created, paused, resumed or withdrawn (its id and the mined transaction's hash), or why not, worded for
/// the person who asked; <see cref="Arguments"/> are the values in <see cref="Message"/>, for wording it in another language.
/// </summary>
public sealed record OfferOutcome(long? OfferId, string? TransactionHash, OfferProblem? Problem, string? Message, IReadOnlyList<string> Arguments)
{
    public static OfferOutcome Sent(long offerId, string transactionHash) => new(offerId, transactionHash, null, null, []);

    public static OfferOutcome Refused(OfferProblem problem, string template, params object[] arguments)
    {
        var (message, texts) = Wording.Fill(template, arguments);
        return new(null, null, problem, message, texts);
    }

    public static OfferOutcome Refused(OfferFieldProblem problem) => new(null, null, problem.Problem, problem.Message, problem.Arguments);
}
