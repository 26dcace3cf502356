namespace Registry.Core.Chain;

/// <summary>The chain's RPC endpoint cannot be reached or failed. The message is fit for a person to read.</summary>
public sealed class ChainUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
