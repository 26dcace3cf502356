using System.Globalization;

namespace Registry.Core.Royalties;

/// <summary>
/// Reads a royalty split typed by a person or sent to the API: "0xAbc…:6000; 0xDef…:4000", entries separated by
/// ";", "," or new lines, each an address and its share in basis points. The rules are the registry contract's
/// (no zero address, no zero share, a sum of 10,000) plus ours: no address twice, at most <see cref="MaxRecipients"/>.
/// </summary>
public static class SplitInput
{
    /// <summary>Every purchase pays each recipient in one transaction, so the list must stay short enough to be cheap.</summary>
    public const int MaxRecipients = 20;

    private static readonly char[] Separators = [';', ',', '\n', '\r'];

    public static SplitInputResult Parse(string? text)
    {
        var entries = (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length > MaxRecipients) return TooMany(entries.Length);
        var pairs = new List<(string Address, string Share)>(entries.Length);
        foreach (var entry in entries)
        {
            var colon = entry.LastIndexOf(':');
            if (colon < 0)
                return Refuse(new(SplitProblemKind.MalformedEntry, $"'{entry}' is not an address and a share: write them as 0x…:basis points, e.g. 0x…:2500 for 25 %.", entry));
            pairs.Add((entry[..colon], entry[(colon + 1)..]));
        }
        return Check(pairs);
    }

    /// <summary>Checks a split given as (address, basis points) pairs as typed, e.g. by the rows of a form.</summary>
    public static SplitInputResult Check(IReadOnlyList<(string Address, string Share)> entries)
    {
        if (entries.Count > MaxRecipients) return TooMany(entries.Count);

        var shares = new List<RoyaltyShare>(entries.Count);
        foreach (var (typedAddress, typedShare) in entries)
        {
            var (address, share) = (typedAddress.Trim(), typedShare.Trim());
            if (!IsAddress(address))
                return Refuse(new(SplitProblemKind.InvalidAddress, $"'{address}' is not a valid address: expected 0x followed by 40 hexadecimal digits.", address));
            var recipient = address.ToLowerInvariant();
            if (recipient.AsSpan(2).IndexOfAnyExcept('0') < 0)
                return Refuse(new(SplitProblemKind.ZeroAddress, "The zero address cannot receive royalties.", address));
            if (!ushort.TryParse(share, NumberStyles.None, CultureInfo.InvariantCulture, out var points) || points is 0 or > RoyaltyShare.Whole)
                return Refuse(new(SplitProblemKind.InvalidShare, $"'{share}' is not a share: give a whole number of basis points from 1 to 10,000 (100 basis points = 1 %).", share));
            if (shares.Any(s => s.Recipient == recipient))
                return Refuse(new(SplitProblemKind.DuplicateRecipient, $"{recipient} is listed more than once; give each recipient one share.", recipient));
            shares.Add(new RoyaltyShare(recipient, points));
        }

        var total = shares.Sum(s => s.BasisPoints);
        if (shares.Count > 0 && total != RoyaltyShare.Whole)
            return Refuse(new(SplitProblemKind.WrongTotal, $"The shares add up to {total.ToString("N0", CultureInfo.InvariantCulture)} basis points; they must add up to 10,000 (100 %).", Total: total));
        return new(shares, null);
    }

    /// <summary>The split a registration sends: what was typed, or the creator alone when nothing was.</summary>
    public static IReadOnlyList<RoyaltyShare> OrCreatorAlone(IReadOnlyList<RoyaltyShare> shares, string creator) =>
        shares.Count > 0 ? shares : [new RoyaltyShare(creator.ToLowerInvariant(), RoyaltyShare.Whole)];

    /// <summary>The form <see cref="RoyaltySplit.Parse"/> and the read model use: "0xabc…:6000;0xdef…:4000".</summary>
    public static string Format(IEnumerable<RoyaltyShare> shares) =>
        string.Join(";", shares.Select(s => $"{s.Recipient.ToLowerInvariant()}:{s.BasisPoints.ToString(CultureInfo.InvariantCulture)}"));

    private static bool IsAddress(string text) =>
        text.Length == 42 && text[0] == '0' && text[1] is 'x' or 'X' && !text.AsSpan(2).ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static SplitInputResult TooMany(int count) =>
        Refuse(new(SplitProblemKind.TooManyRecipients, $"A split can name at most {MaxRecipients} recipients; this one names {count}.", Total: count));

    private static SplitInputResult Refuse(SplitProblem problem) => new([], problem);
}
