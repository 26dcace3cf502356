namespace Registry.Core.Licensing;

public enum RoyaltyPaymentKind
{
    /// <summary>A recipient's share of the work's split.</summary>
    Royalty,

    /// <summary>The platform's fee.</summary>
    PlatformFee,
}
