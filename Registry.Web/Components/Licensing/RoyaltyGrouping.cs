namespace Registry.Web.Components.Licensing;

/// <summary>How the royalty table adds up the report's rows.</summary>
public enum RoyaltyGrouping
{
    /// <summary>One line per month, work and offer: the report's own rows.</summary>
    Detail,
    Month,
    Work,
    Offer,
}
