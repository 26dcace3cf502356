namespace Registry.Core.Licensing;

/// <summary>What a seller can do to an offer once made; changing its terms means a new offer.</summary>
public enum OfferChange
{
    Pause,
    Resume,
    Withdraw,
}
