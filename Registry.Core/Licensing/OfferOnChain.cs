using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>An offer as the licensing contract stores it now (<c>getOffer</c>): what a purchase is checked against.</summary>
/// <param name="Seller">Lower-case hex.</param>
/// <param name="Currency">The zero address for the native coin, else the ERC-20 token, lower-case hex.</param>
/// <param name="Price">In the currency's smallest unit (wei).</param>
/// <param name="ExclusiveLicenceId">For an exclusive offer, the last licence it sold; 0 = none yet.</param>
public sealed record OfferOnChain(
    long OfferId,
    string Seller,
    long WorkId,
    LicenceUsage Usage,
    OfferStatus Status,
    bool Exclusive,
    bool Transferable,
    string Currency,
    int DurationDays,
    int MaxSupply,
    int Sold,
    BigInteger Price,
    long ExclusiveLicenceId)
{
    public bool IsSoldOut => MaxSupply != 0 && Sold >= MaxSupply;
}
