using System.Buffers.Binary;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Reads the declared width and height where a format keeps them at a fixed place (PNG, GIF, BMP), so that a zero
/// size can be named as such: ImageSharp's header reader refuses it with a generic error.
/// </summary>
public static class HeaderDimensions
{
    public static bool TryRead(ReadOnlySpan<byte> image, out long width, out long height)
    {
        (width, height) = (0, 0);
        switch (ContentKindDetector.Detect(image))
        {
            case DetectedKind.Png when image.Length >= 24:
                width = BinaryPrimitives.ReadUInt32BigEndian(image[16..20]);
                height = BinaryPrimitives.ReadUInt32BigEndian(image[20..24]);
                return true;
            case DetectedKind.Gif when image.Length >= 10:
                width = BinaryPrimitives.ReadUInt16LittleEndian(image[6..8]);
                height = BinaryPrimitives.ReadUInt16LittleEndian(image[8..10]);
                return true;
            case DetectedKind.Bmp when image.Length >= 26 && BinaryPrimitives.ReadUInt32LittleEndian(image[14..18]) >= 40:
                width = BinaryPrimitives.ReadInt32LittleEndian(image[18..22]);
                height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(image[22..26])); // negative = stored top-down
                return true;
            default:
                return false;
        }
    }
}
