namespace Registry.Core.Licensing;

/// <summary>Whether an offer can be bought now, or the first reason (in this order) the contract would refuse it.</summary>
public enum OfferAvailability
{
    Available,
    Withdrawn,
    Paused,

    /// <summary>A dispute ruling froze the work's sales.</summary>
    SalesFrozen,

    /// <summary>The work changed hands since the offer was made; the contract only sells the current owner's offers.</summary>
    SellerNoLongerOwner,
    SoldOut,

    /// <summary>An exclusive offer whose last licence is still live.</summary>
    Taken,
}
