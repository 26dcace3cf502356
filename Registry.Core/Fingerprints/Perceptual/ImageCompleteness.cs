using System.Buffers.Binary;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Tells whether a PNG or JPEG file was cut short. The decoders fill a missing tail with grey instead of failing,
/// which would give a truncated upload a fingerprint of a different picture.
/// </summary>
public static class ImageCompleteness
{
    private const int PngSignatureLength = 8;

    public static bool IsTruncated(ReadOnlySpan<byte> image) => ContentKindDetector.Detect(image) switch
    {
        DetectedKind.Png => !PngHasEnd(image),
        DetectedKind.Jpeg => !JpegHasEnd(image),
        _ => false,
    };

    // Walk the chunks (length, type, data, CRC) until IEND; a chunk running past the end means the file was cut.
    private static bool PngHasEnd(ReadOnlySpan<byte> png)
    {
        long offset = PngSignatureLength;
        while (offset + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.Slice((int)offset, 4));
            if (png.Slice((int)offset + 4, 4).SequenceEqual("IEND"u8))
                return true;
            offset += 12L + length;
        }
        return false;
    }

    // Entropy-coded data never holds FF D9 or FF DA (an FF there is followed by 00), so the image is whole when an
    // end-of-image marker follows the last start-of-scan; a thumbnail's own markers all come before that scan.
    private static bool JpegHasEnd(ReadOnlySpan<byte> jpeg)
    {
        var lastScan = jpeg.LastIndexOf([(byte)0xFF, (byte)0xDA]);
        return lastScan >= 0 && jpeg[lastScan..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0;
    }
}
