using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>A mined <c>purchase</c>: the licence minted (from <c>LicencePurchased</c>) and what it cost in gas, in wei.</summary>
public sealed record SentPurchase(long LicenceId, string TransactionHash, BigInteger GasCost);
