using System.Globalization;

namespace Registry.Web.Components.Shared;

public static class Formats
{
    /// <summary>A block time in the reader's culture; UTC, said so, because the server cannot know the reader's zone.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("f", CultureInfo.CurrentCulture) + " UTC" : "";

    /// <summary>Basis points as a percentage: 2500 → "25 %", 1234 → "12.34 %".</summary>
    public static string Percent(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.CurrentCulture) + " %";

    public static string Number(long? value) => value?.ToString("N0", CultureInfo.CurrentCulture) ?? "";

    /// <summary>An amount of ether, to six decimals without trailing zeros (10 ETH, 9.999979 ETH).</summary>
    public static string Ether(decimal value) => value.ToString("#,0.######", CultureInfo.CurrentCulture) + " ETH";

    public static string Bytes(long? value) => value switch
    {
        null => "",
        < 1024 => value.Value.ToString("N0", CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (value.Value / 1024.0).ToString("N1", CultureInfo.CurrentCulture) + " KiB",
        _ => (value.Value / (1024.0 * 1024)).ToString("N1", CultureInfo.CurrentCulture) + " MiB",
    };
}
