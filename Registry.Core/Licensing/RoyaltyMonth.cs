using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>A month's earnings over all works and offers (for a chart), in wei.</summary>
/// <param name="Month">The first day of the month.</param>
public sealed record RoyaltyMonth(DateOnly Month, int Sales, BigInteger Amount);
