using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>
/// The generated image test set: deterministic (seeded) pictures of six structures — shapes on a gradient,
/// stripes, checkerboards, blocky "text" pages, smooth noise, and rings with polygons — in four sizes.
/// </summary>
internal static class TestImages
{
    public const int Count = 60;
    private static readonly (int Width, int Height)[] Sizes = [(320, 240), (256, 256), (300, 400), (400, 300)];

    public static Image<Rgb24> Create(int index)
    {
        var random = new Random(7_919 * (index + 1));
        var (width, height) = Sizes[index % Sizes.Length];
        var canvas = new PixelCanvas(width, height);
        switch (index % 6)
        {
            case 0: DrawShapes(canvas, random); break;
            case 1: DrawStripes(canvas, random); break;
            case 2: DrawChecker(canvas, random); break;
            case 3: DrawTextPage(canvas, random); break;
            case 4: DrawNoise(canvas, random); break;
            default: DrawRings(canvas, random); break;
        }
        return canvas.ToImage();
    }

    /// <summary>A picture of the shapes family at any size (the benchmark's 1-megapixel images).</summary>
    public static Image<Rgb24> CreateShapes(int seed, int width, int height)
    {
        var canvas = new PixelCanvas(width, height);
        DrawShapes(canvas, new Random(seed));
        return canvas.ToImage();
    }

    private static void DrawShapes(PixelCanvas canvas, Random random)
    {
        DrawLinearGradient(canvas, random);
        AddShapes(canvas, random, random.Next(6, 13));
    }

    private static void DrawStripes(PixelCanvas canvas, Random random)
    {
        var angle = random.NextDouble() * Math.PI;
        var period = Math.Max(canvas.Width, canvas.Height) / (2.0 + random.NextDouble() * 5);
        var (a, b) = (RandomColour(random), RandomColour(random));
        var soft = random.Next(2) == 0;
        var (dx, dy) = (Math.Cos(angle), Math.Sin(angle));
        canvas.Paint((x, y) =>
        {
            var phase = (x * dx + y * dy) / period * 2 * Math.PI;
            var t = soft ? (Math.Sin(phase) + 1) / 2 : Math.Sin(phase) >= 0 ? 1 : 0;
            return PixelCanvas.Mix(a, b, t);
        });
        AddShapes(canvas, random, random.Next(1, 4));
    }

    private static void DrawChecker(PixelCanvas canvas, Random random)
    {
        var columns = random.Next(3, 9);
        var rows = random.Next(3, 9);
        var (a, b) = (RandomColour(random), RandomColour(random));
        var (cx, cy) = (random.Next(canvas.Width), random.Next(canvas.Height));
        var reach = Math.Max(canvas.Width, canvas.Height);
        canvas.Paint((x, y) =>
        {
            var cell = (x * columns / canvas.Width + y * rows / canvas.Height) % 2 == 0 ? a : b;
            var fade = Math.Min(1, Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) / reach);
            return PixelCanvas.Mix(cell, new Rgb24(0, 0, 0), fade * 0.6);
        });
        AddShapes(canvas, random, random.Next(0, 3));
    }

    // Rows of random 5×7 bitmap glyphs in words of varying length: the shape of a printed page without a font.
    private static void DrawTextPage(PixelCanvas canvas, Random random)
    {
        var paper = new Rgb24((byte)random.Next(200, 256), (byte)random.Next(200, 256), (byte)random.Next(200, 256));
        var ink = new Rgb24((byte)random.Next(0, 80), (byte)random.Next(0, 80), (byte)random.Next(0, 80));
        canvas.Paint((_, _) => paper);
        var scale = random.Next(2, 5);
        var (glyphWidth, glyphHeight) = (6 * scale, 9 * scale);
        var margin = random.Next(8, canvas.Width / 5);
        var top = random.Next(8, canvas.Height / 4);
        var bottom = canvas.Height - random.Next(8, canvas.Height / 3);
        if (random.Next(3) == 0)
            canvas.FillRectangle(margin, top, canvas.Width - 2 * margin, glyphHeight * 2, ink); // a heading bar
        for (var y = top + glyphHeight * 3; y + glyphHeight <= bottom; y += glyphHeight + random.Next(0, 3 * scale))
        {
            var lineEnd = canvas.Width - margin - (random.Next(4) == 0 ? random.Next(canvas.Width / 3) : 0);
            for (var x = margin + (random.Next(5) == 0 ? 4 * glyphWidth : 0); x + glyphWidth <= lineEnd;)
            {
                var letters = random.Next(2, 9);
                for (var i = 0; i < letters && x + glyphWidth <= lineEnd; i++, x += glyphWidth)
                    DrawGlyph(canvas, random, x, y, scale, ink);
                x += glyphWidth;
            }
        }
    }

    private static void DrawGlyph(PixelCanvas canvas, Random random, int left, int top, int scale, Rgb24 ink)
    {
        for (var row = 0; row < 7; row++)
            for (var column = 0; column < 5; column++)
                if (random.Next(100) < 45)
                    canvas.FillRectangle(left + column * scale, top + row * scale, scale, scale, ink);
    }

    // Value noise: random colours on a coarse grid, interpolated smoothly between grid points.
    private static void DrawNoise(PixelCanvas canvas, Random random)
    {
        var grid = random.Next(3, 8);
        var values = new double[grid + 1, grid + 1];
        for (var i = 0; i <= grid; i++)
            for (var j = 0; j <= grid; j++)
                values[i, j] = random.NextDouble();
        var (a, b) = (RandomColour(random), RandomColour(random));
        canvas.Paint((x, y) =>
        {
            var gx = x * grid / (double)canvas.Width;
            var gy = y * grid / (double)canvas.Height;
            var (i, j) = ((int)gx, (int)gy);
            var (fx, fy) = (Smooth(gx - i), Smooth(gy - j));
            var top = values[i, j] + (values[i + 1, j] - values[i, j]) * fx;
            var bottom = values[i, j + 1] + (values[i + 1, j + 1] - values[i, j + 1]) * fx;
            return PixelCanvas.Mix(a, b, top + (bottom - top) * fy);
        });
    }

    private static void DrawRings(PixelCanvas canvas, Random random)
    {
        var (cx, cy) = (random.Next(canvas.Width), random.Next(canvas.Height));
        var spacing = Math.Max(canvas.Width, canvas.Height) / (3.0 + random.NextDouble() * 6);
        var (a, b) = (RandomColour(random), RandomColour(random));
        canvas.Paint((x, y) =>
        {
            var r = Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
            return PixelCanvas.Mix(a, b, (Math.Cos(r / spacing * 2 * Math.PI) + 1) / 2);
        });
        AddShapes(canvas, random, random.Next(2, 6));
    }

    private static void DrawLinearGradient(PixelCanvas canvas, Random random)
    {
        var (a, b) = (RandomColour(random), RandomColour(random));
        var angle = random.NextDouble() * 2 * Math.PI;
        var (dx, dy) = (Math.Cos(angle), Math.Sin(angle));
        var length = Math.Abs(canvas.Width * dx) + Math.Abs(canvas.Height * dy);
        canvas.Paint((x, y) =>
            PixelCanvas.Mix(a, b, ((x - canvas.Width / 2.0) * dx + (y - canvas.Height / 2.0) * dy) / length + 0.5));
    }

    private static void AddShapes(PixelCanvas canvas, Random random, int count)
    {
        var (w, h) = (canvas.Width, canvas.Height);
        for (var i = 0; i < count; i++)
        {
            var colour = RandomColour(random);
            switch (random.Next(3))
            {
                case 0:
                    canvas.FillRectangle(random.Next(-w / 4, w), random.Next(-h / 4, h), random.Next(w / 8, w / 2), random.Next(h / 8, h / 2), colour);
                    break;
                case 1:
                    canvas.FillEllipse(random.Next(w), random.Next(h), random.Next(w / 12, w / 3), random.Next(h / 12, h / 3), colour);
                    break;
                default:
                    canvas.FillTriangle((random.Next(w), random.Next(h)), (random.Next(w), random.Next(h)), (random.Next(w), random.Next(h)), colour);
                    break;
            }
        }
    }

    private static Rgb24 RandomColour(Random random) =>
        new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static double Smooth(double t) => t * t * (3 - 2 * t);
}
