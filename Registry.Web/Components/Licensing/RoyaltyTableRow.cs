using System.Numerics;
using Registry.Core.Licensing;

namespace Registry.Web.Components.Licensing;

/// <summary>A line of the royalty table: the report's rows sharing a key, added up; what the grouping leaves out is null.</summary>
public sealed record RoyaltyTableRow(DateOnly? Month, long? WorkId, string? WorkTitle, long? OfferId, LicenceUsage? Usage, int Sales, BigInteger Amount);
