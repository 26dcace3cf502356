using System.Numerics;
using Registry.Core.Licensing;

namespace Registry.Web.Components.Licensing;

/// <summary>The report's rows added up per month, work or offer; every grouping has the report's totals.</summary>
public static class RoyaltyTable
{
    public static IReadOnlyList<RoyaltyTableRow> Group(RoyaltyReport report, RoyaltyGrouping grouping) => grouping switch
    {
        RoyaltyGrouping.Month => report.Rows.GroupBy(r => r.Month).OrderBy(g => g.Key)
            .Select(g => Sum(g, month: g.Key)).ToList(),
        RoyaltyGrouping.Work => report.Rows.GroupBy(r => r.WorkId).OrderBy(g => g.Key)
            .Select(g => Sum(g, workId: g.Key, title: g.First().WorkTitle)).ToList(),
        RoyaltyGrouping.Offer => report.Rows.GroupBy(r => r.OfferId).OrderBy(g => g.Key)
            .Select(g => Sum(g, workId: g.First().WorkId, title: g.First().WorkTitle, offerId: g.Key, usage: g.First().Usage)).ToList(),
        _ => report.Rows.Select(r => new RoyaltyTableRow(r.Month, r.WorkId, r.WorkTitle, r.OfferId, r.Usage, r.Sales, r.Amount)).ToList(),
    };

    private static RoyaltyTableRow Sum(IEnumerable<RoyaltyReportRow> rows, DateOnly? month = null, long? workId = null, string? title = null,
        long? offerId = null, LicenceUsage? usage = null)
    {
        var list = rows.ToList();
        return new RoyaltyTableRow(month, workId, title, offerId, usage, list.Sum(r => r.Sales), list.Aggregate(BigInteger.Zero, (sum, r) => sum + r.Amount));
    }
}
