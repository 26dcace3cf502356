using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Tells the kind of content from its first bytes: image signatures first, then text. Text is UTF-8 (with or
/// without BOM) or UTF-16 with a BOM that decodes without error and holds no NUL or other control character
/// except tab, line feed, vertical tab, form feed, carriage return and escape. HTML and Markdown are text;
/// <see cref="HtmlText.LooksLikeHtml"/> tells HTML apart when the text is fingerprinted.
/// </summary>
public static class ContentKindDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at; passing more is allowed and ignored.</summary>
    public const int HeadLength = 4096;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static DetectedKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length > HeadLength)
            head = head[..HeadLength];
        if (head.IsEmpty)
            return DetectedKind.Other;
        if (head.StartsWith(PngSignature))
            return DetectedKind.Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return DetectedKind.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
            return DetectedKind.Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return DetectedKind.WebP;
        if (IsBmp(head))
            return DetectedKind.Bmp;
        return IsText(head) ? DetectedKind.Text : DetectedKind.Other;
    }

    // "BM" alone is too weak (a text may start with it): the reserved fields are zero and the DIB header has a known size.
    private static bool IsBmp(ReadOnlySpan<byte> head)
    {
        if (head.Length < 18 || head[0] != (byte)'B' || head[1] != (byte)'M')
            return false;
        var reserved = BinaryPrimitives.ReadUInt32LittleEndian(head[6..10]);
        var dibHeaderSize = BinaryPrimitives.ReadUInt32LittleEndian(head[14..18]);
        return reserved == 0 && dibHeaderSize is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;
    }

    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(TextDecoding.Utf16LittleEndianBom))
            return IsUtf16Text(head[2..], bigEndian: false);
        if (head.StartsWith(TextDecoding.Utf16BigEndianBom))
            return IsUtf16Text(head[2..], bigEndian: true);
        if (head.StartsWith(TextDecoding.Utf8Bom))
            head = head[3..];
        return IsUtf8Text(head);
    }

    private static bool IsUtf8Text(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
                return true; // The sample ends inside a character: what came before was valid.
            if (status != OperationStatus.Done || IsBinaryControl(rune.Value))
                return false;
            bytes = bytes[consumed..];
        }
        return true;
    }

    private static bool IsUtf16Text(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = bytes.Length / 2;
        var chars = new char[units];
        for (var i = 0; i < units; i++)
        {
            var pair = bytes.Slice(i * 2, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(pair) : BinaryPrimitives.ReadUInt16LittleEndian(pair));
        }
        ReadOnlySpan<char> text = chars;
        while (!text.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(text, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
                return true;
            if (status != OperationStatus.Done || IsBinaryControl(rune.Value))
                return false;
            text = text[consumed..];
        }
        return true;
    }

    private static bool IsBinaryControl(int codePoint) =>
        codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\v' or '\f' or '\r' or 0x1B);
}
