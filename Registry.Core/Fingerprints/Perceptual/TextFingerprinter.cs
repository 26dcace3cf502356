namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A 64-bit similarity fingerprint of a text: one-bit minwise hashing (b-bit MinHash with b = 1) over the set of
/// its tokens (<see cref="TextTokenizer"/>: words, and single characters of Chinese, Japanese and Korean).
/// Bit i is the lowest bit of the smallest value the i-th of 64 seeded hash functions takes over the tokens, so
/// two texts agree on a bit with probability (1 + J) / 2, J being the Jaccard similarity of their token sets.
/// </summary>
/// <remarks>
/// Chosen over SimHash of word 3-shingles because SimHash cannot meet the threshold of 6 bits when 5 % of the words
/// change: a SimHash bit flips with probability θ / π (θ the angle between the shingle vectors); replacing 5 % of
/// the words changes about 14 % of 3-shingles, ≈ 11 bits expected, and even single-word SimHash expects ≈ 6.5.
/// One-bit MinHash over words expects 64 · (1 − J) / 2 ≈ 3 bits for the same edit, while unrelated texts
/// (J ≲ 0.3) stay near 22–32 bits apart. Word order is ignored; a paragraph's set of words is specific enough.
/// </remarks>
public static class TextFingerprinter
{
    private const int Bits = 64;
    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>Decodes (UTF-8 or UTF-16 with BOM), takes the visible text out of HTML, then fingerprints it.</summary>
    /// <exception cref="UnreadableContentException">The bytes are not valid UTF-8 or UTF-16.</exception>
    public static ulong Compute(ReadOnlySpan<byte> content, bool truncated = false)
    {
        var text = TextDecoding.Decode(content, truncated);
        return Compute(HtmlText.LooksLikeHtml(text) ? HtmlText.ExtractText(text) : text);
    }

    /// <summary>The fingerprint of plain text (no HTML handling); 0 when the text has no words at all.</summary>
    public static ulong Compute(string text)
    {
        var tokens = new HashSet<ulong>();
        foreach (var token in TextTokenizer.Tokenize(text))
            tokens.Add(StableHash64.Of(token));
        if (tokens.Count == 0)
            return 0;

        Span<ulong> minima = stackalloc ulong[Bits];
        minima.Fill(ulong.MaxValue);
        foreach (var token in tokens)
        {
            for (var i = 0; i < Bits; i++)
            {
                var value = StableHash64.Mix(token ^ Seeds[i]);
                if (value < minima[i])
                    minima[i] = value;
            }
        }

        ulong fingerprint = 0;
        for (var i = 0; i < Bits; i++)
            fingerprint |= (minima[i] & 1) << i;
        return fingerprint;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Bits];
        for (var i = 0; i < Bits; i++)
            seeds[i] = StableHash64.Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));
        return seeds;
    }
}
