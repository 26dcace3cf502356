using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>
/// Earnings paid out (the amount in wei and the mined transaction's hash), or why not, worded for the person;
/// <see cref="Arguments"/> are the values in <see cref="Message"/>, for wording it in another language.
/// </summary>
public sealed record WithdrawalOutcome(BigInteger? Amount, string? TransactionHash, WithdrawalProblem? Problem, string? Message, IReadOnlyList<string> Arguments)
{
    public static WithdrawalOutcome Paid(BigInteger amount, string transactionHash) => new(amount, transactionHash, null, null, []);

    public static WithdrawalOutcome Refused(WithdrawalProblem problem, string template, params object[] arguments)
    {
        var (message, texts) = Wording.Fill(template, arguments);
        return new(null, null, problem, message, texts);
    }
}
