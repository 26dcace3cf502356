namespace Registry.Core.Chain;

/// <summary>A signed raw transaction and its hash; kept so a crash after signing resends the very same transaction.</summary>
public sealed record SignedTransaction(string Raw, string Hash);
