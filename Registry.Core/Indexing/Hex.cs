using System.Buffers;
using System.Globalization;

namespace Registry.Core.Indexing;

/// <summary>The hex of JSON-RPC, read straight from UTF-8: quantities ("0x1a") and data ("0x00ff…").</summary>
internal static class Hex
{
    public static long ParseQuantity(ReadOnlySpan<byte> text)
    {
        var digits = Digits(text);
        if (digits.Length is 0 or > 16) throw new FormatException($"'{Show(text)}' is not a hex quantity.");
        ulong value = 0;
        foreach (var digit in digits) value = value << 4 | Nibble(digit, text);
        return value <= long.MaxValue ? (long)value : throw new FormatException($"The quantity '{Show(text)}' is too large.");
    }

    public static byte[] ParseData(ReadOnlySpan<byte> text)
    {
        var digits = Digits(text);
        var bytes = new byte[digits.Length / 2];
        if (digits.Length % 2 != 0 || Convert.FromHexString(digits, bytes, out _, out _) != OperationStatus.Done)
            throw new FormatException($"'{Show(text)}' is not hex data.");
        return bytes;
    }

    public static string Format(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static string FormatQuantity(long value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    private static ReadOnlySpan<byte> Digits(ReadOnlySpan<byte> text) =>
        text.StartsWith("0x"u8) || text.StartsWith("0X"u8) ? text[2..] : throw new FormatException($"'{Show(text)}' does not start with 0x.");

    private static uint Nibble(byte digit, ReadOnlySpan<byte> text) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => (uint)(digit - '0'),
        >= (byte)'a' and <= (byte)'f' => (uint)(digit - 'a' + 10),
        >= (byte)'A' and <= (byte)'F' => (uint)(digit - 'A' + 10),
        _ => throw new FormatException($"'{Show(text)}' is not a hex quantity."),
    };

    private static string Show(ReadOnlySpan<byte> text) => System.Text.Encoding.UTF8.GetString(text[..Math.Min(text.Length, 80)]);
}
