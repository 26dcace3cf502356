using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <param name="PriceWei">What was paid in the currency's smallest unit (wei), as digits.</param>
/// <param name="Price">What was paid in ether ("0.05 ETH") for the native coin; null for a token.</param>
/// <param name="Territories">ISO 3166-1 alpha-2 codes; empty = worldwide.</param>
/// <param name="ValidUntil">The first moment it is no longer valid; null = perpetual.</param>
/// <param name="Status">valid, expired or revoked.</param>
public sealed record LicenceResponse(
    long LicenceId,
    long OfferId,
    long WorkId,
    string? WorkTitle,
    string Buyer,
    string Holder,
    string Currency,
    string PriceWei,
    string? Price,
    string Usage,
    IReadOnlyList<string> Territories,
    bool Exclusive,
    bool Transferable,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    bool Revoked,
    string Status,
    string TxHash,
    long BlockNumber)
{
    public static LicenceResponse From(Licence l, string? workTitle, LicenceStatus status) => new(
        l.LicenceId, l.OfferId, l.WorkId, workTitle, l.Buyer, l.Holder, l.Currency, l.Price, PriceText(l.Currency, l.Price),
        ApiNames.Of(l.Usage), TerritoryList(l.Territories), l.Exclusive, l.Transferable, l.ValidFrom, l.ValidUntil, l.Revoked,
        ApiNames.Of(status), l.TransactionHash, l.BlockNumber);

    public static LicenceResponse From(LicenceDetails details) => From(details.Licence, details.WorkTitle, details.Status);

    internal static string? PriceText(string currency, string wei) => currency == NativeAmount.NativeCurrency ? NativeAmount.Format(wei) : null;

    internal static IReadOnlyList<string> TerritoryList(string territories) => territories.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
