using System.Numerics;
using Registry.Core.Fingerprints;

namespace Registry.Core.Licensing;

/// <summary>What <c>createOffer</c> is sent with: a checked offer in the native coin on a work, its terms document stored.</summary>
/// <param name="ContentHash">The work's SHA-256, which the contract checks against the registry.</param>
/// <param name="Price">In wei, more than zero and below 2^128.</param>
/// <param name="Territories">ISO 3166-1 alpha-2 codes; empty = worldwide.</param>
public sealed record OfferConditions(
    long WorkId,
    byte[] ContentHash,
    BigInteger Price,
    int DurationDays,
    LicenceUsage Usage,
    IReadOnlyList<string> Territories,
    bool Exclusive,
    bool Transferable,
    int MaxSupply,
    Cid TermsCid);
