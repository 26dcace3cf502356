using System.Globalization;
using System.Numerics;
using Bunit;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class RoyaltyReportViewTests : IAsyncLifetime
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly May = new(2026, 5, 1);

    /// <summary>Four rows over January to April, one of them beyond 64 bits of wei.</summary>
    private static readonly RoyaltyReport Report = new("0xabc", January, May,
    [
        new RoyaltyReportRow(January, 7, "Harbour at dawn", 1, LicenceUsage.Commercial, 2, Wei("70000000000000000")),
        new RoyaltyReportRow(January, 8, "Tide", 3, LicenceUsage.Personal, 1, Wei("21000000000000000")),
        new RoyaltyReportRow(March, 7, "Harbour at dawn", 1, LicenceUsage.Commercial, 1, Wei("35000000000000000")),
        new RoyaltyReportRow(March, 7, "Harbour at dawn", 2, LicenceUsage.Broadcast, 3, Wei("123456789012345678901234")),
    ],
    [
        new RoyaltyWithdrawal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), Wei("50000000000000000"), "0x" + new string('d', 64)),
        new RoyaltyWithdrawal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), Wei("25000000000000000"), "0x" + new string('e', 64)),
    ]);

    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Table_ShowsEachMonthWorkAndOffer_WithUsageSalesAndExactAmount()
    {
        var view = Render(Report);

        var rows = view.FindAll("[data-testid=royalty-row]");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["2026-01", "#7 Harbour at dawn", "#1", "Commercial", "2", "0.07 ETH"], Cells(rows[0]));
        Assert.Equal(["2026-03", "#7 Harbour at dawn", "#2", "Broadcast", "3", "123456.789012345678901234 ETH"], Cells(rows[3]));
        Assert.Equal("/works/8", rows[1].QuerySelector("[data-testid=royalty-work]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("group-detail", 4)]
    [InlineData("group-month", 2)]
    [InlineData("group-work", 2)]
    [InlineData("group-offer", 3)]
    public void Table_InEachGrouping_HasTotalsThatAreTheSumsOfItsRows(string grouping, int lines)
    {
        var view = Render(Report);

        view.Find($"[data-testid={grouping}]").Click();

        var rows = view.FindAll("[data-testid=royalty-row]");
        Assert.Equal(lines, rows.Count);
        var amounts = rows.Select(r => Wei(r.QuerySelector("[data-testid=royalty-amount]")!.GetAttribute("data-wei")!)).ToList();
        var sales = rows.Sum(r => int.Parse(r.QuerySelector("[data-testid=royalty-sales]")!.TextContent, CultureInfo.InvariantCulture));
        var total = amounts.Aggregate(BigInteger.Zero, (sum, a) => sum + a);
        Assert.Equal(total, Wei(view.Find("[data-testid=royalty-total-amount]").GetAttribute("data-wei")!));
        Assert.Equal(NativeAmount.Format(total), view.Find("[data-testid=royalty-total-amount]").TextContent);
        Assert.Equal(sales.ToString(CultureInfo.InvariantCulture), view.Find("[data-testid=royalty-total-sales]").TextContent);
        Assert.Equal(Report.TotalAmount, total);
        Assert.Equal(Report.TotalSales, sales);
    }

    [Fact]
    public void Table_PerMonth_AddsUpEachMonthsRows()
    {
        var view = Render(Report);

        view.Find("[data-testid=group-month]").Click();

        var rows = view.FindAll("[data-testid=royalty-row]");
        Assert.Equal(["2026-01", "3", "0.091 ETH"], Cells(rows[0]));
        Assert.Equal(["2026-03", "4", "123456.824012345678901234 ETH"], Cells(rows[1]));
    }

    [Fact]
    public void Chart_DrawsABarPerMonthOfThePeriod_AsHighAsItsEarnings_OnAnEtherScale()
    {
        var small = Report with { Rows = Report.Rows.Take(3).ToList() };

        var view = Render(small);

        var chart = view.Find("[data-testid=royalty-chart]");
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], chart.QuerySelectorAll(".mud-charts-xaxis text").Select(t => t.TextContent));
        var heights = chart.QuerySelectorAll("path.mud-chart-bar").Select(BarHeight).ToList();
        Assert.Equal(4, heights.Count);
        Assert.Equal(0, heights[1]);
        Assert.Equal(0, heights[3]);
        Assert.Equal(0.091 / 0.035, heights[0] / heights[2], 2);
        Assert.Contains("0.02", chart.QuerySelectorAll(".mud-charts-yaxis text").Select(t => t.TextContent));
    }

    [Fact]
    public void Report_WithoutRoyalties_SaysSo_AndStillChartsThePeriod()
    {
        var view = Render(new RoyaltyReport("0xabc", January, May, [], []));

        Assert.Equal("No royalties in this period.", view.Find("[data-testid=no-royalties]").TextContent);
        Assert.Empty(view.FindAll("[data-testid=royalty-table]"));
        Assert.All(view.FindAll("[data-testid=royalty-chart] path.mud-chart-bar"), bar => Assert.Equal(0, BarHeight(bar)));
    }

    [Fact]
    public void Withdrawals_OfThePeriod_AreListedWithTheirTotal()
    {
        var view = Render(Report);

        Assert.Equal(2, view.FindAll("[data-testid=royalty-withdrawal]").Count);
        Assert.Equal("0.075 ETH", view.Find("[data-testid=royalty-total-withdrawn]").TextContent);
    }

    private IRenderedComponent<RoyaltyReportView> Render(RoyaltyReport report) =>
        _context.Bunit.Render<RoyaltyReportView>(p => p.Add(c => c.Report, report));

    private static IEnumerable<string> Cells(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim());

    /// <summary>A bar is a vertical stroke "M x bottom L x top".</summary>
    private static double BarHeight(AngleSharp.Dom.IElement bar)
    {
        var parts = bar.GetAttribute("d")!.Split(' ');
        return double.Parse(parts[2], CultureInfo.InvariantCulture) - double.Parse(parts[5], CultureInfo.InvariantCulture);
    }

    private static BigInteger Wei(string digits) => BigInteger.Parse(digits, CultureInfo.InvariantCulture);

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
