using Registry.Core.Works;

namespace Registry.Core.Licensing;

/// <summary>A licence with the work it licenses and the offer it was bought under (null when not indexed), and its status now.</summary>
public sealed record LicenceDetails(Licence Licence, Work? Work, Offer? Offer, LicenceStatus Status)
{
    public string? WorkTitle => Work?.Title;
}
