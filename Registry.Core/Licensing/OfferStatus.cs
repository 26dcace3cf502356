namespace Registry.Core.Licensing;

/// <summary>An offer's state; the numbers are the contract's <c>OfferStatus</c> enum.</summary>
public enum OfferStatus
{
    Active = 0,
    Paused = 1,
    Withdrawn = 2,
}
