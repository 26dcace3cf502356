using System.Globalization;
using System.Numerics;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using static Registry.Tests.Infrastructure.LicensingRows;

namespace Registry.Tests.Core.Licensing;

/// <summary>Royalty reports over seeded payments in a real SQLite read model, and their CSV.</summary>
public sealed class RoyaltyReportsTests : IAsyncLifetime
{
    private static readonly string Creator = Address('a');
    private static readonly string CoAuthor = Address('d');
    private static readonly string Platform = Address('f');
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly March = new(2026, 3, 1);

    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync()
    {
        _db = await ReadModelDatabase.CreateAsync();
        await _db.AddAsync(ReadModelDatabase.Work(7, "Harbour at dawn", owner: Creator), ReadModelDatabase.Work(8, "Tea, \"green\" 茶园", owner: Creator));
        await AddAsync(_db.Factory,
            Offer(1, 7, Creator, usage: LicenceUsage.Commercial), Offer(2, 7, Creator, usage: LicenceUsage.Personal), Offer(3, 8, Creator, usage: LicenceUsage.Editorial));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private RoyaltyReports Reports => new(_db.Factory);

    [Fact]
    public async Task Get_GroupsByMonthThenWorkThenOffer_AcrossAMonthBoundary()
    {
        await AddAsync(_db.Factory,
            Payment(10, 1, 7, Creator, "1000", At(2026, 1, 31, 23, 59, 59)),
            Payment(11, 1, 7, Creator, "2000", At(2026, 2, 1, 0, 0, 0)),
            Payment(12, 1, 7, Creator, "3000", At(2026, 2, 14, 8, 0, 0)),
            Payment(13, 2, 7, Creator, "400", At(2026, 1, 5, 8, 0, 0)),
            Payment(14, 3, 8, Creator, "50", At(2026, 1, 6, 8, 0, 0)),
            Payment(15, 1, 7, Creator, "6", At(2026, 1, 7, 8, 0, 0)));

        var report = await Reports.GetAsync(Creator, January, March);

        Assert.Equal(
            [
                new RoyaltyReportRow(January, 7, "Harbour at dawn", 1, LicenceUsage.Commercial, 2, 1006),
                new RoyaltyReportRow(January, 7, "Harbour at dawn", 2, LicenceUsage.Personal, 1, 400),
                new RoyaltyReportRow(January, 8, "Tea, \"green\" 茶园", 3, LicenceUsage.Editorial, 1, 50),
                new RoyaltyReportRow(new DateOnly(2026, 2, 1), 7, "Harbour at dawn", 1, LicenceUsage.Commercial, 2, 5000),
            ],
            report.Rows);
        Assert.Equal((6, new BigInteger(6456)), (report.TotalSales, report.TotalAmount));
    }

    [Fact]
    public async Task Get_CountsOnlyTheRecipientsRoyaltiesWithinFromIncludedToExcluded()
    {
        await AddAsync(_db.Factory,
            Payment(10, 1, 7, Creator, "1", At(2026, 1, 1, 0, 0, 0)),
            Payment(11, 1, 7, Creator, "20", At(2025, 12, 31, 23, 59, 59)),
            Payment(12, 1, 7, Creator, "300", At(2026, 3, 1, 0, 0, 0)),
            Payment(13, 1, 7, CoAuthor, "4000", At(2026, 1, 9, 0, 0, 0)),
            Payment(13, 1, 7, Platform, "50000", At(2026, 1, 9, 0, 0, 0), RoyaltyPaymentKind.PlatformFee),
            Payment(14, 1, 7, Creator, "600000", At(2026, 1, 9, 0, 0, 0), RoyaltyPaymentKind.PlatformFee));

        var creators = await Reports.GetAsync(Creator, January, March);
        var platforms = await Reports.GetAsync(Platform, January, March);

        Assert.Equal((1, new BigInteger(1)), (creators.TotalSales, creators.TotalAmount));
        Assert.Empty(platforms.Rows);
    }

    [Fact]
    public async Task Get_SumsAmountsBeyond64BitsToTheWei()
    {
        var huge = BigInteger.Pow(2, 64) + 1;
        var larger = BigInteger.Pow(2, 70) + 12_345;
        await AddAsync(_db.Factory,
            Payment(10, 1, 7, Creator, huge.ToString(CultureInfo.InvariantCulture), At(2026, 1, 2, 0, 0, 0)),
            Payment(11, 1, 7, Creator, larger.ToString(CultureInfo.InvariantCulture), At(2026, 1, 3, 0, 0, 0)),
            Payment(12, 3, 8, Creator, huge.ToString(CultureInfo.InvariantCulture), At(2026, 2, 3, 0, 0, 0)));

        var report = await Reports.GetAsync(Creator.ToUpperInvariant().Replace("0X", "0x"), January, March);

        Assert.Equal(huge + larger, report.Rows[0].Amount);
        Assert.Equal(huge + larger + huge, report.TotalAmount);
        Assert.Equal("1217485108864830419003", report.TotalAmount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Get_ListsTheRecipientsWithdrawalsInThePeriodOldestFirst()
    {
        await AddAsync(_db.Factory,
            LicensingRows.Withdrawal(Creator, "700", At(2026, 2, 28, 23, 0, 0)),
            LicensingRows.Withdrawal(Creator, "18446744073709551616", At(2026, 1, 1, 0, 0, 0)),
            LicensingRows.Withdrawal(Creator, "9", At(2026, 3, 1, 0, 0, 0)),
            LicensingRows.Withdrawal(CoAuthor, "11", At(2026, 1, 20, 0, 0, 0)));

        var report = await Reports.GetAsync(Creator, January, March);

        Assert.Equal([BigInteger.Parse("18446744073709551616"), 700], report.Withdrawals.Select(w => w.Amount));
        Assert.Equal(BigInteger.Parse("18446744073709552316"), report.TotalWithdrawn);
    }

    [Fact]
    public async Task Get_WhenToIsNotAfterFrom_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Reports.GetAsync(Creator, March, March));
    }

    [Fact]
    public async Task Months_CoversEveryMonthOfThePeriodWithZeroWhereNothingSold()
    {
        await AddAsync(_db.Factory, Payment(10, 1, 7, Creator, "5", At(2026, 3, 2, 0, 0, 0)), Payment(11, 3, 8, Creator, "7", At(2026, 3, 9, 0, 0, 0)));

        var report = await Reports.GetAsync(Creator, new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 10));

        Assert.Equal(
            [new RoyaltyMonth(January, 0, 0), new RoyaltyMonth(new DateOnly(2026, 2, 1), 0, 0), new RoyaltyMonth(March, 2, 12)],
            report.Months());
    }

    [Fact]
    public async Task ToCsv_TotalLineEqualsTheSumOfTheRowsAndTheTable()
    {
        await AddAsync(_db.Factory,
            Payment(10, 1, 7, Creator, "50000000000000000", At(2026, 1, 31, 23, 59, 59)),
            Payment(11, 1, 7, Creator, "18446744073709551617", At(2026, 2, 1, 0, 0, 0)),
            Payment(12, 2, 7, Creator, "1", At(2026, 2, 1, 0, 0, 0)),
            Payment(13, 3, 8, Creator, "1250000000000000000", At(2026, 2, 20, 0, 0, 0)));
        var report = await Reports.GetAsync(Creator, January, March);

        var records = CsvRecords.Parse(RoyaltyReports.ToCsv(report));

        Assert.Equal(RoyaltyReports.CsvHeader.Split(','), records[0]);
        var rows = records.Skip(1).SkipLast(1).ToList();
        var total = records[^1];
        Assert.Equal(report.Rows.Count, rows.Count);
        Assert.Equal("TOTAL", total[0]);
        Assert.Equal(rows.Sum(r => int.Parse(r[5], CultureInfo.InvariantCulture)), int.Parse(total[5], CultureInfo.InvariantCulture));
        Assert.Equal(rows.Aggregate(BigInteger.Zero, (sum, r) => sum + BigInteger.Parse(r[6], CultureInfo.InvariantCulture)), BigInteger.Parse(total[6], CultureInfo.InvariantCulture));
        Assert.Equal(report.TotalAmount.ToString(CultureInfo.InvariantCulture), total[6]);
        Assert.Equal(report.TotalSales.ToString(CultureInfo.InvariantCulture), total[5]);
        Assert.Equal("19.746744073709551618", total[7]);
        Assert.Equal(["2026-01", "7", "Harbour at dawn", "1", "Commercial", "1", "50000000000000000", "0.05"], rows[0]);
    }

    [Fact]
    public async Task ToCsv_QuotesATitleWithACommaAndAQuote()
    {
        await AddAsync(_db.Factory, Payment(10, 3, 8, Creator, "1500000000000000000", At(2026, 1, 4, 0, 0, 0)));
        var report = await Reports.GetAsync(Creator, January, March);

        var csv = RoyaltyReports.ToCsv(report);

        Assert.Equal(
            RoyaltyReports.CsvHeader + "\r\n"
            + "2026-01,8,\"Tea, \"\"green\"\" 茶园\",3,Editorial,1,1500000000000000000,1.5\r\n"
            + "TOTAL,,,,,1,1500000000000000000,1.5\r\n",
            csv);
        Assert.Equal("Tea, \"green\" 茶园", CsvRecords.Parse(csv)[1][2]);
    }

    [Fact]
    public async Task ToCsv_ATitleASpreadsheetWouldRunAsAFormula_IsKeptAsText()
    {
        await _db.AddAsync(ReadModelDatabase.Work(9, "=HYPERLINK(\"http://x.example\",\"pay\")", owner: Creator));
        await AddAsync(_db.Factory, Offer(4, 9, Creator), Payment(10, 4, 9, Creator, "1", At(2026, 1, 4, 0, 0, 0)));

        var records = CsvRecords.Parse(RoyaltyReports.ToCsv(await Reports.GetAsync(Creator, January, March)));

        Assert.Equal("'=HYPERLINK(\"http://x.example\",\"pay\")", records[1][2]);
    }

    [Fact]
    public async Task ToCsv_UnderAnotherCulture_WritesTheSameInvariantText()
    {
        await AddAsync(_db.Factory, Payment(10, 1, 7, Creator, "1234567890123456789012", At(2026, 1, 4, 0, 0, 0)));
        var report = await Reports.GetAsync(Creator, January, March);
        var invariant = RoyaltyReports.ToCsv(report);
        var previous = CultureInfo.CurrentCulture;

        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, RoyaltyReports.ToCsv(report));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal(invariant, RoyaltyReports.ToCsv(report));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains(",1234.567890123456789012\r\n", invariant);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second) => new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
