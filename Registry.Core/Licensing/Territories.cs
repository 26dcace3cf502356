using System.Collections.Frozen;

namespace Registry.Core.Licensing;

/// <summary>
/// Territories of an offer: worldwide (no codes) or a list of ISO 3166-1 alpha-2 country codes, the 249 assigned ones
/// (as in the tz database's iso3166.tab).
/// </summary>
public static class Territories
{
    public const string Worldwide = "";

    private static readonly FrozenSet<string> Assigned = new[]
    {
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE",
        "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD",
        "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
        "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU",
        "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
        "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME",
        "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
        "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
        "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
        "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK",
        "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAssigned(string code) => Assigned.Contains(code);

    /// <summary>
    /// Reads a list typed by a person ("de, FR; it"): codes separated by commas, semicolons or spaces, case folded,
    /// duplicates dropped, sorted. Empty input is worldwide.
    /// </summary>
    /// <returns>The codes, or the first one that is not an assigned ISO 3166-1 alpha-2 code.</returns>
    public static (IReadOnlyList<string> Codes, string? Unknown) Parse(string? input)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in (input ?? "").Split([',', ';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = part.ToUpperInvariant();
            if (!IsAssigned(code)) return ([], part);
            codes.Add(code);
        }
        return ([.. codes], null);
    }

    /// <summary>The stored form: codes joined by ","; <see cref="Worldwide"/> when there are none.</summary>
    public static string Join(IEnumerable<string> codes) => string.Join(",", codes);
}
