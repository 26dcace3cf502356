using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>
/// A recipient's royalties in the native coin from <see cref="From"/> (included) to <see cref="To"/> (excluded), both
/// UTC days: per month, work and offer, oldest month first; and what they withdrew in that time, oldest first.
/// </summary>
public sealed record RoyaltyReport(string Recipient, DateOnly From, DateOnly To, IReadOnlyList<RoyaltyReportRow> Rows, IReadOnlyList<RoyaltyWithdrawal> Withdrawals)
{
    public int TotalSales => Rows.Sum(r => r.Sales);

    public BigInteger TotalAmount => Rows.Aggregate(BigInteger.Zero, (sum, r) => sum + r.Amount);

    public BigInteger TotalWithdrawn => Withdrawals.Aggregate(BigInteger.Zero, (sum, w) => sum + w.Amount);

    /// <summary>Every calendar month the period touches, with zero for months without sales.</summary>
    public IReadOnlyList<RoyaltyMonth> Months()
    {
        var months = new List<RoyaltyMonth>();
        for (var month = new DateOnly(From.Year, From.Month, 1); month < To; month = month.AddMonths(1))
        {
            var rows = Rows.Where(r => r.Month == month).ToList();
            months.Add(new RoyaltyMonth(month, rows.Sum(r => r.Sales), rows.Aggregate(BigInteger.Zero, (sum, r) => sum + r.Amount)));
        }
        return months;
    }
}
