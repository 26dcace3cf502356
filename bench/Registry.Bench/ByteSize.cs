using System.Globalization;

namespace Registry.Bench;

/// <summary>Sizes as people write them: 1048576, 512KiB, 256MiB, 1GiB.</summary>
internal static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units = [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10)];

    public static long Parse(string text)
    {
        foreach (var (suffix, factor) in Units)
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return checked(long.Parse(text[..^suffix.Length], CultureInfo.InvariantCulture) * factor);
        return long.Parse(text, CultureInfo.InvariantCulture);
    }

    public static string Format(long bytes)
    {
        foreach (var (suffix, factor) in Units)
            if (bytes >= factor)
                return $"{(double)bytes / factor:0.#} {suffix}";
        return $"{bytes} B";
    }
}
