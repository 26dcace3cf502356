namespace Registry.Core.ContentStore;

/// <summary>The content store (an IPFS node, or the local disk) cannot be reached or answered with an error. The message is fit for a person to read.</summary>
public sealed class ContentStoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
