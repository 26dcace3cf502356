using System.Diagnostics;
using System.Globalization;
using System.Text;
using Registry.Core.Fingerprints.Perceptual;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Bench;

/// <summary>
/// Time to compute a perceptual fingerprint: per 1-megapixel image (JPEG and PNG, decoding included) and per
/// 100 KB of text (English and Chinese, decoding and tokenising included). Optional argument: the number of
/// samples of each (default 50).
/// </summary>
public sealed class PerceptualHashBenchmark : IBenchmark
{
    private const int ImageSide = 1000;
    private const int TextBytes = 100_000;

    public string Name => "perceptual";

    public Task<ResultTable> RunAsync(string[] args)
    {
        var samples = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var images = new ImageFingerprinter();
        var pictures = Enumerable.Range(0, samples).Select(DrawPicture).ToList();
        var jpegs = pictures.Select(p => Encode(p, png: false)).ToList();
        var pngs = pictures.Select(p => Encode(p, png: true)).ToList();
        pictures.ForEach(p => p.Dispose());
        var english = Enumerable.Range(0, samples).Select(i => Encoding.UTF8.GetBytes(EnglishText(i))).ToList();
        var chinese = Enumerable.Range(0, samples).Select(i => Encoding.UTF8.GetBytes(ChineseText(i))).ToList();

        // One untimed pass of each warms up the JIT and ImageSharp's pools.
        images.Compute(jpegs[0]);
        images.Compute(pngs[0]);
        TextFingerprinter.Compute(english[0]);

        var table = new ResultTable($"Perceptual fingerprint time ({samples} samples each)",
            "Input", "Average size", "p50", "p95", "max");
        AddRow(table, $"JPEG {ImageSide}×{ImageSide} (quality 85), pHash", jpegs, bytes => images.Compute(bytes));
        AddRow(table, $"PNG {ImageSide}×{ImageSide}, pHash", pngs, bytes => images.Compute(bytes));
        AddRow(table, $"JPEG {ImageSide}×{ImageSide}, pHash + 8 crop-window probes (registration, Verify)", jpegs,
            bytes => images.ComputeWithProbes(bytes)[0]);
        AddRow(table, "100 KB English text (UTF-8), MinHash", english, bytes => TextFingerprinter.Compute(bytes));
        AddRow(table, "100 KB Chinese text (UTF-8), MinHash", chinese, bytes => TextFingerprinter.Compute(bytes));
        table.AddNote("Images: generated gradients with random rectangles and ellipses; times include decoding, the header check, resizing to 32×32 and the DCT.");
        if (File.Exists("/proc/loadavg"))
            table.AddNote($"Load average (1, 5, 15 min) at the end: {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores; ImageSharp may use both cores.");
        table.AddNote("Text: generated from word and character lists with a seeded PRNG; times include UTF-8 decoding, NFKC, tokenising and 64 minimum hashes.");
        return Task.FromResult(table);
    }

    private static void AddRow(ResultTable table, string name, List<byte[]> inputs, Func<byte[], ulong> compute)
    {
        var times = new List<double>();
        foreach (var input in inputs)
        {
            var stopwatch = Stopwatch.StartNew();
            compute(input);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        table.AddRow(name, ByteSize.Format((long)inputs.Average(i => i.Length)),
            Milliseconds(Percentile(times, 0.50)), Milliseconds(Percentile(times, 0.95)), Milliseconds(times[^1]));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    private static string Milliseconds(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    internal static Image<Rgb24> DrawPicture(int seed)
    {
        var random = new Random(31 * (seed + 1));
        var pixels = new Rgb24[ImageSide * ImageSide];
        var (a, b) = (Colour(random), Colour(random));
        for (var y = 0; y < ImageSide; y++)
            for (var x = 0; x < ImageSide; x++)
            {
                var t = (x + y) / (2.0 * ImageSide);
                pixels[y * ImageSide + x] = new Rgb24((byte)(a.R + (b.R - a.R) * t), (byte)(a.G + (b.G - a.G) * t), (byte)(a.B + (b.B - a.B) * t));
            }
        for (var shape = 0; shape < 12; shape++)
        {
            var colour = Colour(random);
            var (cx, cy, rx, ry) = (random.Next(ImageSide), random.Next(ImageSide), random.Next(40, 300), random.Next(40, 300));
            var ellipse = random.Next(2) == 0;
            for (var y = Math.Max(0, cy - ry); y < Math.Min(ImageSide, cy + ry); y++)
                for (var x = Math.Max(0, cx - rx); x < Math.Min(ImageSide, cx + rx); x++)
                    if (!ellipse || Math.Pow((x - cx) / (double)rx, 2) + Math.Pow((y - cy) / (double)ry, 2) <= 1)
                        pixels[y * ImageSide + x] = colour;
        }
        return Image.LoadPixelData<Rgb24>(pixels, ImageSide, ImageSide);
    }

    private static Rgb24 Colour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    internal static byte[] Encode(Image image, bool png)
    {
        using var stream = new MemoryStream();
        if (png)
            image.SaveAsPng(stream);
        else
            image.SaveAsJpeg(stream, new JpegEncoder { Quality = 85 });
        return stream.ToArray();
    }

    private static readonly string[] Words =
        ("time person year way day thing man world life hand part child eye woman place work week case point government company " +
         "number group problem fact be have do say get make go know take see come think look want give use find tell ask seem feel " +
         "try leave call good new first last long great little own other old right big high different small large next early young " +
         "important few public bad same able to of in for on with at by from up about into over after picture song licence register").Split(' ');

    private const string Characters = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日";

    private static string EnglishText(int seed)
    {
        var random = new Random(17 * (seed + 1));
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < TextBytes - 20)
        {
            text.Append(Words[random.Next(Words.Length)]);
            text.Append(random.Next(12) == 0 ? ". " : " ");
        }
        return text.ToString();
    }

    private static string ChineseText(int seed)
    {
        var random = new Random(19 * (seed + 1));
        var text = new StringBuilder();
        for (var bytes = 0; bytes < TextBytes - 3; bytes += 3)
            text.Append(random.Next(15) == 0 ? '，' : Characters[random.Next(Characters.Length)]);
        return text.ToString();
    }
}
