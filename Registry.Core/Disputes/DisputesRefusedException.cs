using Nethereum.ABI.FunctionEncoding.Attributes;
using Registry.Core.Chain;

namespace Registry.Core.Disputes;

/// <summary>
/// The disputes contract reverted a transaction (when its gas was estimated, or once mined). <see cref="Error"/> is the
/// revert decoded into its generated type (<c>WorkDisputesWrongBondError</c>, …); null when it carried no custom error.
/// </summary>
public sealed class DisputesRefusedException(IErrorDTO? error, string message) : Exception(message)
{
    public IErrorDTO? Error { get; } = error;

    /// <summary>The Solidity name of the error ("WorkDisputesNotModerator"), or "revert" when there is none.</summary>
    public string ErrorName => Error is null ? "revert" : ContractErrors.NameOf(Error);
}
