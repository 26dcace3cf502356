namespace Registry.Core.Licensing;

/// <summary>Why earnings could not be withdrawn.</summary>
public enum WithdrawalProblem
{
    NothingOwed,
    NoFunds,

    /// <summary>The contract refused for a reason the checks before sending do not know.</summary>
    Refused,
}
