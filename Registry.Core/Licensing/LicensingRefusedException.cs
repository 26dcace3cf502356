using Nethereum.ABI.FunctionEncoding.Attributes;

namespace Registry.Core.Licensing;

/// <summary>
/// The licensing contract reverted a transaction (when its gas was estimated, or once mined). <see cref="Error"/> is
/// the revert decoded into its generated type (<c>WorkLicensingOfferPausedError</c>, …) for callers to word; null
/// when the revert carried no custom error.
/// </summary>
public sealed class LicensingRefusedException(IErrorDTO? error, string message) : Exception(message)
{
    public IErrorDTO? Error { get; } = error;

    /// <summary>The Solidity name of the error ("WorkLicensingOfferPaused"), or "revert" when there is none.</summary>
    public string ErrorName => Error is null ? "revert" : LicensingErrors.NameOf(Error);
}
