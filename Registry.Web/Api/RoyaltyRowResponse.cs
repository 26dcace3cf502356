using System.Globalization;
using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <param name="Month">yyyy-MM (UTC).</param>
/// <param name="AmountWei">In wei, as digits.</param>
/// <param name="Amount">In ether ("0.05 ETH").</param>
public sealed record RoyaltyRowResponse(string Month, long WorkId, string? WorkTitle, long OfferId, string? Usage, int Sales, string AmountWei, string Amount)
{
    public static RoyaltyRowResponse From(RoyaltyReportRow row) => new(
        row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row.WorkId, row.WorkTitle, row.OfferId,
        row.Usage is { } usage ? ApiNames.Of(usage) : null, row.Sales, row.Amount.ToString(CultureInfo.InvariantCulture), NativeAmount.Format(row.Amount));
}
