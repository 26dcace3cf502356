using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Core.Previews;

/// <summary>Pictures of any size: a grid of 8 × 8 blocks in colours drawn from a seed, so two seeds look unrelated.</summary>
internal static class SizedPictures
{
    public static Image<Rgba32> Blocks(int width, int height, int seed)
    {
        var random = new Random(seed);
        var colours = Enumerable.Range(0, 64).Select(_ => new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256))).ToArray();
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = colours[y * 8 / height * 8 + x * 8 / width];
            }
        });
        return image;
    }

    public static byte[] Png(int width, int height, int seed = 1)
    {
        using var image = Blocks(width, height, seed);
        return Png(image);
    }

    public static byte[] Png(Image image)
    {
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <param name="orientation">An EXIF orientation to record (6 = the camera was turned a quarter clockwise), or null for none.</param>
    public static byte[] Jpeg(int width, int height, int seed = 1, ushort? orientation = null)
    {
        using var image = Blocks(width, height, seed);
        if (orientation is { } value)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, value);
        }
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }
}
