using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>What one offer of one work earned a recipient in one calendar month (UTC).</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="WorkTitle">Null until the work's metadata is indexed.</param>
/// <param name="Usage">The offer's usage; null when the offer is not indexed.</param>
/// <param name="Sales">How many licences were sold (each counted once, however many credits it made to the recipient).</param>
/// <param name="Amount">What was credited, in wei.</param>
public sealed record RoyaltyReportRow(DateOnly Month, long WorkId, string? WorkTitle, long OfferId, LicenceUsage? Usage, int Sales, BigInteger Amount);
