using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>A mined <c>withdraw</c>: the amount paid out (from <c>Withdrawn</c>), in the currency's smallest unit.</summary>
public sealed record SentWithdrawal(BigInteger Amount, string TransactionHash);
