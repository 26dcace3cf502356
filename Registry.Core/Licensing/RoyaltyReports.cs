using System.Globalization;
using System.Numerics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;

namespace Registry.Core.Licensing;

/// <summary>
/// A recipient's royalty reports, read only from the indexed payments: their shares of sales (platform fees are not
/// a creator's earnings) and their withdrawals, in the native coin (the only currency the app prices offers in).
/// </summary>
public sealed class RoyaltyReports(IDbContextFactory<RegistryDbContext> dbFactory)
{
    public const string CsvHeader = "month,work_id,work_title,offer_id,usage,sales,amount_wei,amount_eth";

    /// <param name="from">The first UTC day of the period.</param>
    /// <param name="to">The UTC day after the period: [from, to).</param>
    public async Task<RoyaltyReport> GetAsync(string recipient, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to <= from) throw new ArgumentOutOfRangeException(nameof(to), to, $"The period must end after it starts ({from:O}).");
        var account = recipient.Trim().ToLowerInvariant();
        var start = StartOf(from);
        var end = StartOf(to);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var payments = await db.RoyaltyPayments.AsNoTracking()
            .Where(p => p.Recipient == account && p.Kind == RoyaltyPaymentKind.Royalty && p.Currency == NativeAmount.NativeCurrency
                && p.Timestamp >= start && p.Timestamp < end)
            .Select(p => new { p.WorkId, p.OfferId, p.LicenceId, p.Amount, p.Timestamp })
            .ToListAsync(cancellationToken);
        var workIds = payments.Select(p => p.WorkId).Distinct().ToList();
        var offerIds = payments.Select(p => p.OfferId).Distinct().ToList();
        var titles = await db.Works.Where(w => workIds.Contains(w.WorkId)).ToDictionaryAsync(w => w.WorkId, w => w.Title, cancellationToken);
        var usages = await db.Offers.Where(o => offerIds.Contains(o.OfferId)).ToDictionaryAsync(o => o.OfferId, o => o.Usage, cancellationToken);

        var rows = payments
            .GroupBy(p => (Month: MonthOf(p.Timestamp), p.WorkId, p.OfferId))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.WorkId).ThenBy(g => g.Key.OfferId)
            .Select(g => new RoyaltyReportRow(
                g.Key.Month, g.Key.WorkId, titles.GetValueOrDefault(g.Key.WorkId), g.Key.OfferId,
                usages.TryGetValue(g.Key.OfferId, out var usage) ? usage : null,
                g.Select(p => p.LicenceId).Distinct().Count(),
                g.Aggregate(BigInteger.Zero, (sum, p) => sum + Wei(p.Amount))))
            .ToList();

        var withdrawals = await db.Withdrawals.AsNoTracking()
            .Where(w => w.Account == account && w.Currency == NativeAmount.NativeCurrency && w.Source != WithdrawalSource.DisputeBonds
                && w.Timestamp >= start && w.Timestamp < end)
            .Select(w => new { w.Timestamp, w.Amount, w.TransactionHash, w.BlockNumber, w.LogIndex })
            .ToListAsync(cancellationToken);

        return new RoyaltyReport(account, from, to, rows, withdrawals
            .OrderBy(w => w.Timestamp).ThenBy(w => w.BlockNumber).ThenBy(w => w.LogIndex)
            .Select(w => new RoyaltyWithdrawal(w.Timestamp, Wei(w.Amount), w.TransactionHash))
            .ToList());
    }

    /// <summary>
    /// The report's rows as CSV (RFC 4180, UTF-8 text, CRLF): <see cref="CsvHeader"/>, one line per row with the month as
    /// yyyy-MM and the amount in wei and in ether, then a TOTAL line whose sales and amounts are the sums of the rows.
    /// </summary>
    public static string ToCsv(RoyaltyReport report)
    {
        var csv = new StringBuilder(Csv.Line(CsvHeader.Split(',')));
        foreach (var row in report.Rows)
        {
            csv.Append(Csv.Line(
                row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Number(row.WorkId),
                row.WorkTitle ?? "",
                Number(row.OfferId),
                row.Usage?.ToString() ?? "",
                Number(row.Sales),
                row.Amount.ToString(CultureInfo.InvariantCulture),
                Ether(row.Amount)));
        }
        csv.Append(Csv.Line("TOTAL", "", "", "", "", Number(report.TotalSales), report.TotalAmount.ToString(CultureInfo.InvariantCulture), Ether(report.TotalAmount)));
        return csv.ToString();
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateOnly MonthOf(DateTimeOffset moment) => new(moment.UtcDateTime.Year, moment.UtcDateTime.Month, 1);

    private static BigInteger Wei(string digits) => BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ether amount as <see cref="NativeAmount.Format(BigInteger)"/> writes it, without the unit (the column names it).</summary>
    private static string Ether(BigInteger wei) => NativeAmount.Format(wei)[..^(NativeAmount.Symbol.Length + 1)];
}
