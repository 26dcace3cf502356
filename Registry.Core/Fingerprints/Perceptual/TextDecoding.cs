using System.Text;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>Decodes text bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; anything else is refused.</summary>
public static class TextDecoding
{
    public const string NotUnicodeMessage = "The text is not valid UTF-8 or UTF-16.";

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    internal static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    internal static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <param name="truncated">True when <paramref name="bytes"/> is only the beginning of the text, so a character
    /// cut at the end is dropped rather than refused.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, bool truncated)
    {
        Encoding encoding;
        if (bytes.StartsWith(Utf16LittleEndianBom))
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            bytes = bytes[2..];
        }
        else if (bytes.StartsWith(Utf16BigEndianBom))
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            bytes = bytes[2..];
        }
        else
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            if (bytes.StartsWith(Utf8Bom))
                bytes = bytes[3..];
        }

        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        try
        {
            var count = decoder.GetChars(bytes, chars, flush: !truncated);
            return new string(chars, 0, count);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableContentException(NotUnicodeMessage, e);
        }
    }
}
