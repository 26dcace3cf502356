using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Registry.Tests.Infrastructure;

/// <summary>Pictures made from a seed (coloured discs on a gradient), and their altered copies, for the similarity tests.</summary>
public static class TestPictures
{
    public static byte[] Discs(int seed, int size = 256, bool jpeg = false)
    {
        var random = new Random(seed);
        using var image = new Image<Rgba32>(256, 256);
        var discs = Enumerable.Range(0, 5).Select(_ => (X: random.Next(256), Y: random.Next(256), R: random.Next(25, 85), C: new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)))).ToList();
        for (var y = 0; y < 256; y++)
            for (var x = 0; x < 256; x++)
            {
                var pixel = new Rgba32((byte)x, (byte)y, 90);
                foreach (var d in discs)
                    if ((x - d.X) * (x - d.X) + (y - d.Y) * (y - d.Y) < d.R * d.R) pixel = d.C;
                image[x, y] = pixel;
            }
        if (size != 256) image.Mutate(i => i.Resize(size, size));
        using var output = new MemoryStream();
        if (jpeg) image.SaveAsJpeg(output, new JpegEncoder { Quality = 60 });
        else image.SaveAsPng(output);
        return output.ToArray();
    }
}
