using System.Numerics;

namespace Registry.Core.Disputes;

/// <summary>What opening a dispute costs now, and how long after a ruling a party may appeal it, as the contract says.</summary>
public sealed record DisputeTerms(BigInteger BondWei, TimeSpan AppealWindow);
