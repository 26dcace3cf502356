namespace Registry.Core.Licensing;

/// <summary>An offer as a person fills it in (the form, or the API's JSON body); <see cref="OfferRequestValidator"/> reads it.</summary>
/// <param name="Price">In ether, e.g. "0.05".</param>
/// <param name="DurationDays">How long each licence lasts; null or 0 = perpetual.</param>
/// <param name="Usage">A <see cref="LicenceUsage"/> by name, any case: "commercial".</param>
/// <param name="Territories">ISO 3166-1 alpha-2 codes, e.g. "DE, FR"; empty = worldwide.</param>
/// <param name="MaxSupply">How many licences may be sold; null or 0 = no cap.</param>
/// <param name="Terms">The terms text; it is stored on the content store and its CID goes on-chain.</param>
public sealed record OfferRequest(
    long WorkId,
    string? Price,
    int? DurationDays,
    string? Usage,
    string? Territories,
    bool Exclusive,
    bool Transferable,
    int? MaxSupply,
    string? Terms);
