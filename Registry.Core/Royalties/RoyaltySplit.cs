using System.Globalization;

namespace Registry.Core.Royalties;

/// <summary>A work's split as the read model stores it (<c>Work.Split</c>): "0xabc…:7000;0xdef…:3000", in registered order.</summary>
public static class RoyaltySplit
{
    /// <exception cref="FormatException">The text is not recipients and basis points in that form.</exception>
    public static IReadOnlyList<RoyaltyShare> Parse(string split) =>
        split.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split(':') is [var recipient, var share] && ushort.TryParse(share, NumberStyles.None, CultureInfo.InvariantCulture, out var points)
                ? new RoyaltyShare(recipient, points)
                : throw new FormatException($"'{part}' is not a recipient and a share in basis points."))
            .ToList();

    /// <summary>The stored form of a split as the chain gives it: recipients (lower-cased) and their basis points, in that order.</summary>
    public static string Format(IEnumerable<string> recipients, IEnumerable<ushort> shares) =>
        string.Join(";", recipients.Zip(shares, (recipient, share) => $"{recipient.ToLowerInvariant()}:{share.ToString(CultureInfo.InvariantCulture)}"));
}
