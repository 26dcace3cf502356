using System.Globalization;

namespace Registry.Core.Licensing;

/// <summary>
/// The contract's rule for a licence, applied to the indexed row: valid when it was not revoked and is perpetual or
/// <paramref name="now"/> is before its <see cref="Licence.ValidUntil"/> (the first second it is no longer valid).
/// </summary>
public static class LicenceValidity
{
    public static LicenceStatus StatusAt(Licence licence, DateTimeOffset now) =>
        licence.Revoked ? LicenceStatus.Revoked
        : licence.ValidUntil is { } until && now >= until ? LicenceStatus.Expired
        : LicenceStatus.Valid;

    public static bool IsValidAt(Licence licence, DateTimeOffset now) => StatusAt(licence, now) == LicenceStatus.Valid;

    /// <summary>Where the licence stands, in a sentence for a person ("Valid until 2027-11-25 (licence #12).").</summary>
    public static string Describe(Licence licence, DateTimeOffset now)
    {
        var id = licence.LicenceId.ToString(CultureInfo.InvariantCulture);
        return StatusAt(licence, now) switch
        {
            LicenceStatus.Revoked => $"Licence #{id} was revoked.",
            LicenceStatus.Expired => $"Licence #{id} expired on {Day(licence.ValidUntil!.Value)}.",
            _ when licence.ValidUntil is { } until => $"Valid until {Day(until)} (licence #{id}).",
            _ => $"Perpetual licence #{id}.",
        };
    }

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
