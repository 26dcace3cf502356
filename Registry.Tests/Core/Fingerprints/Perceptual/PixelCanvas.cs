using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>
/// A plain RGB pixel buffer with the few drawing primitives the generated test set needs. ImageSharp.Drawing is not
/// available here, so shapes, gradients, patterns and glyphs are all computed pixel by pixel.
/// </summary>
internal sealed class PixelCanvas(int width, int height)
{
    private readonly Rgb24[] _pixels = new Rgb24[width * height];

    public int Width => width;
    public int Height => height;

    /// <summary>Sets every pixel to what <paramref name="paint"/> says for its coordinates.</summary>
    public void Paint(Func<int, int, Rgb24> paint)
    {
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                _pixels[y * width + x] = paint(x, y);
    }

    /// <summary>Sets the pixels for which <paramref name="inside"/> holds, within a bounding box.</summary>
    public void Fill(int left, int top, int right, int bottom, Func<int, int, bool> inside, Rgb24 colour)
    {
        for (var y = Math.Max(0, top); y < Math.Min(height, bottom); y++)
            for (var x = Math.Max(0, left); x < Math.Min(width, right); x++)
                if (inside(x, y))
                    _pixels[y * width + x] = colour;
    }

    public void FillRectangle(int left, int top, int w, int h, Rgb24 colour) =>
        Fill(left, top, left + w, top + h, (_, _) => true, colour);

    public void FillEllipse(int cx, int cy, int rx, int ry, Rgb24 colour) =>
        Fill(cx - rx, cy - ry, cx + rx + 1, cy + ry + 1,
            (x, y) => Square((x - cx) / (double)rx) + Square((y - cy) / (double)ry) <= 1, colour);

    public void FillTriangle((int X, int Y) a, (int X, int Y) b, (int X, int Y) c, Rgb24 colour)
    {
        static double Side((int X, int Y) p, (int X, int Y) q, int x, int y) => (q.X - p.X) * (y - p.Y) - (q.Y - p.Y) * (x - p.X);
        Fill(Math.Min(a.X, Math.Min(b.X, c.X)), Math.Min(a.Y, Math.Min(b.Y, c.Y)),
            Math.Max(a.X, Math.Max(b.X, c.X)) + 1, Math.Max(a.Y, Math.Max(b.Y, c.Y)) + 1,
            (x, y) =>
            {
                var s1 = Side(a, b, x, y);
                var s2 = Side(b, c, x, y);
                var s3 = Side(c, a, x, y);
                return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
            },
            colour);
    }

    public Image<Rgb24> ToImage()
    {
        var image = new Image<Rgb24>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = _pixels[y * width + x];
        return image;
    }

    public static Rgb24 Mix(Rgb24 a, Rgb24 b, double t) => new(
        (byte)Math.Clamp(a.R + (b.R - a.R) * t, 0, 255),
        (byte)Math.Clamp(a.G + (b.G - a.G) * t, 0, 255),
        (byte)Math.Clamp(a.B + (b.B - a.B) * t, 0, 255));

    private static double Square(double v) => v * v;
}
