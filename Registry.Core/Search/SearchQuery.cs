using System.Text.RegularExpressions;
using Registry.Core.Fingerprints;

namespace Registry.Core.Search;

/// <summary>
/// What a person typed into the search box: a SHA-256, a CID, a work id or an address is an exact lookup;
/// anything else is full text. Input that looks like a hash or CID but is not a valid one is reported as such,
/// not silently searched as text.
/// </summary>
public sealed partial record SearchQuery(SearchQueryKind Kind, string Text)
{
    public bool IsMalformed => Kind is SearchQueryKind.MalformedSha256 or SearchQueryKind.MalformedCid;

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0) return new(SearchQueryKind.All, "");
        if (Sha256Hex.TryParse(text, out var hash)) return new(SearchQueryKind.Sha256, Sha256Hex.Format(hash));
        if (Address().IsMatch(text)) return new(SearchQueryKind.Address, text.ToLowerInvariant());
        if (WorkId().Match(text) is { Success: true } id && long.TryParse(id.Groups[1].Value, out var workId) && workId > 0)
            return new(SearchQueryKind.WorkId, workId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Cid.TryParse(text, out var cid)) return new(SearchQueryKind.Cid, cid.ToString());
        if (LooksLikeHash().IsMatch(text)) return new(SearchQueryKind.MalformedSha256, text);
        if (LooksLikeCid().IsMatch(text)) return new(SearchQueryKind.MalformedCid, text);
        return new(SearchQueryKind.Text, text);
    }

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex Address();

    [GeneratedRegex(@"^#?(\d{1,18})$")]
    private static partial Regex WorkId();

    /// <summary>0x followed by anything, or 32 or more hex digits: meant as a hash, but not a valid one.</summary>
    [GeneratedRegex(@"^(0x\S*|[0-9a-fA-F]{32,})$")]
    private static partial Regex LooksLikeHash();

    /// <summary>The prefixes of the CIDs people paste (bafy…, bafk…, Qm…, z…) with no spaces.</summary>
    [GeneratedRegex("^(baf[a-z2-7]{5,}|Qm[1-9A-HJ-NP-Za-km-z]{5,}|z[1-9A-HJ-NP-Za-km-z]{30,})[^ ]*$")]
    private static partial Regex LooksLikeCid();
}
