namespace Registry.Core.Licensing;

/// <summary>Why an offer could not be made, paused, resumed or withdrawn.</summary>
public enum OfferProblem
{
    PriceMissing,
    PriceNotANumber,
    PriceTooManyDecimals,
    PriceNotPositive,
    PriceTooLarge,
    DurationNegative,
    UsageMissing,
    UnknownUsage,
    UnknownTerritory,
    MaxSupplyNegative,
    TermsMissing,
    TermsTooLong,
    UnknownWork,
    NotOwner,
    UnknownOffer,
    NotSeller,
    AlreadyPaused,
    NotPaused,
    OfferWithdrawn,
    NoFunds,

    /// <summary>The contract refused for a reason the checks before sending do not know.</summary>
    Refused,
}
