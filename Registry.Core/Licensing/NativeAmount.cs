using System.Globalization;
using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>
/// Amounts of the native coin: typed and shown in ether (up to 18 decimals, "." as the decimal point), kept and
/// sent in wei. On the dev chain the coin is called ETH.
/// </summary>
public static class NativeAmount
{
    public const string Symbol = "ETH";
    public const int Decimals = 18;
    public const string NativeCurrency = "0x0000000000000000000000000000000000000000";

    private static readonly BigInteger WeiPerEther = BigInteger.Pow(10, Decimals);

    /// <summary>Reads "0.05" or "12" (ether) as wei; null when it is not a plain non-negative decimal with at most 18 decimals.</summary>
    public static BigInteger? TryParseEther(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length is 0 or > 100) return null;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || fraction.Length > Decimals) return null;
        if (!whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit)) return null;
        var wei = (whole.Length == 0 ? BigInteger.Zero : BigInteger.Parse(whole, CultureInfo.InvariantCulture)) * WeiPerEther;
        if (fraction.Length > 0) wei += BigInteger.Parse(fraction.PadRight(Decimals, '0'), CultureInfo.InvariantCulture);
        return wei;
    }

    /// <summary>"0.05 ETH": wei as ether, without trailing zeros.</summary>
    public static string Format(BigInteger wei)
    {
        var sign = wei.Sign < 0 ? "-" : "";
        wei = BigInteger.Abs(wei);
        var whole = BigInteger.DivRem(wei, WeiPerEther, out var remainder);
        var fraction = remainder.IsZero ? "" : "." + remainder.ToString(CultureInfo.InvariantCulture).PadLeft(Decimals, '0').TrimEnd('0');
        return $"{sign}{whole.ToString(CultureInfo.InvariantCulture)}{fraction} {Symbol}";
    }

    /// <summary><see cref="Format(BigInteger)"/> of an amount stored as decimal digits of wei.</summary>
    public static string Format(string wei) => Format(BigInteger.Parse(wei, CultureInfo.InvariantCulture));
}
