using System.Text;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

internal static class TextBytes
{
    /// <summary>The text in the named encoding, with its byte order mark.</summary>
    public static byte[] Encode(string text, string encoding)
    {
        Encoding chosen = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not one of the encodings used here."),
        };
        return [.. chosen.GetPreamble(), .. chosen.GetBytes(text)];
    }
}
