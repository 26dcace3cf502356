using System.Globalization;
using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <param name="From">The first day, yyyy-MM-dd (UTC).</param>
/// <param name="To">The day after the last, yyyy-MM-dd (UTC): the period is [from, to).</param>
public sealed record RoyaltyReportResponse(
    string Recipient,
    string From,
    string To,
    IReadOnlyList<RoyaltyRowResponse> Rows,
    int TotalSales,
    string TotalWei,
    string Total,
    IReadOnlyList<RoyaltyWithdrawalResponse> Withdrawals,
    string WithdrawnWei,
    string Withdrawn)
{
    public static RoyaltyReportResponse Of(RoyaltyReport report) => new(
        report.Recipient,
        RoyaltiesApi.Day(report.From),
        RoyaltiesApi.Day(report.To),
        report.Rows.Select(RoyaltyRowResponse.From).ToList(),
        report.TotalSales,
        report.TotalAmount.ToString(CultureInfo.InvariantCulture),
        NativeAmount.Format(report.TotalAmount),
        report.Withdrawals.Select(RoyaltyWithdrawalResponse.From).ToList(),
        report.TotalWithdrawn.ToString(CultureInfo.InvariantCulture),
        NativeAmount.Format(report.TotalWithdrawn));
}
