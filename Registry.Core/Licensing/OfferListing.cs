namespace Registry.Core.Licensing;

/// <summary>An offer as a work page lists it.</summary>
/// <param name="Remaining">How many more licences it may sell; null when it has no cap.</param>
/// <param name="TakenBy">For an exclusive offer, its live licence (unexpired, unrevoked); null when none is live.</param>
/// <param name="TakenUntil">When <see cref="TakenBy"/> expires; null while taken means taken for good (a perpetual licence).</param>
public sealed record OfferListing(Offer Offer, OfferAvailability Availability, int? Remaining, long? TakenBy, DateTimeOffset? TakenUntil)
{
    public bool IsTaken => TakenBy is not null;
}
