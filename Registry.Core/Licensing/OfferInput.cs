using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>An <see cref="OfferRequest"/> that passed <see cref="OfferRequestValidator"/>: typed, in range, normalised.</summary>
/// <param name="Price">In wei, more than zero and below 2^128.</param>
/// <param name="Territories">Upper-case ISO 3166-1 alpha-2 codes, sorted, without duplicates; empty = worldwide.</param>
public sealed record OfferInput(
    long WorkId,
    BigInteger Price,
    int DurationDays,
    LicenceUsage Usage,
    IReadOnlyList<string> Territories,
    bool Exclusive,
    bool Transferable,
    int MaxSupply,
    string Terms);
