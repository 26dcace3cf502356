using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>Earnings a recipient withdrew, in wei.</summary>
public sealed record RoyaltyWithdrawal(DateTimeOffset Timestamp, BigInteger Amount, string TransactionHash);
