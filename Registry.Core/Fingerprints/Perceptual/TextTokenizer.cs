using System.Globalization;
using System.Text;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Splits text into the tokens its fingerprint is built from, after Unicode NFKC and lower-casing: runs of
/// letters, digits and combining marks are words; every Han, Hiragana, Katakana or Hangul character is a token
/// of its own (those scripts do not put spaces between words); punctuation, symbols and whitespace only separate.
/// </summary>
public static class TextTokenizer
{
    public static IEnumerable<string> Tokenize(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var word = new StringBuilder();
        var lower = new char[2];
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (IsCjk(rune.Value))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                yield return rune.ToString();
            }
            else if (IsWordPart(rune))
            {
                var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(lower);
                word.Append(lower[..written]);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static bool IsCjk(int c) =>
        c is >= 0x4E00 and <= 0x9FFF       // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF     // Extension A
            or >= 0x20000 and <= 0x3134F   // Extensions B–G
            or >= 0xF900 and <= 0xFAFF     // Compatibility Ideographs
            or >= 0x3040 and <= 0x30FF     // Hiragana, Katakana
            or >= 0x31F0 and <= 0x31FF     // Katakana Phonetic Extensions
            or >= 0xAC00 and <= 0xD7AF     // Hangul Syllables
            or >= 0x1100 and <= 0x11FF     // Hangul Jamo
            or >= 0x3130 and <= 0x318F;    // Hangul Compatibility Jamo
}
