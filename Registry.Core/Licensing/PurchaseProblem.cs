namespace Registry.Core.Licensing;

/// <summary>Why a licence could not be bought.</summary>
public enum PurchaseProblem
{
    UnknownOffer,
    Paused,
    Withdrawn,
    SoldOut,
    ExclusiveTaken,
    OwnWork,

    /// <summary>The work changed hands after the offer was made; only its current owner's offers sell.</summary>
    StaleOffer,
    SalesFrozen,

    /// <summary>The offer is priced in an ERC-20 token; the app pays in the native coin only.</summary>
    UnsupportedCurrency,

    /// <summary>The work is not in the read model yet, so its royalty split is not known.</summary>
    WorkNotIndexed,

    /// <summary>The read model's split is not the one registered (it has not caught up).</summary>
    SplitMismatch,
    InsufficientFunds,

    /// <summary>The contract refused for a reason the checks before sending do not know.</summary>
    Refused,
}
