using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Persistence;
using Registry.Core.Previews;
using Registry.Core.Search;
using Registry.Core.Similarity;
using Registry.Core.Works;

namespace Registry.Bench;

/// <summary>
/// The near-duplicate gate of a registration, end to end, for a 1-megapixel JPEG (a re-encoded copy of a registered
/// picture): its perceptual hash, the lookup in a <see cref="NearDuplicateIndex"/> loaded from a read model of 1,000,000
/// works, and loading the matched works; then what showing them costs: a thumbnail made from the original, and one
/// served from the cache. Optional arguments: the number of works (default 1000000) and of pictures (default 50).
/// </summary>
public sealed class GateBenchmark : IBenchmark
{
    private const int Seed = 20251125;
    private const int PlantedPerPicture = 3;
    private const int SimilarLimit = 5;

    public string Name => "gate";

    public async Task<ResultTable> RunAsync(string[] args)
    {
        var works = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var folder = Directory.CreateTempSubdirectory("registry-bench-gate-");
        try
        {
            var factory = new PooledDbContextFactory<RegistryDbContext>(
                new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite($"Data Source={Path.Combine(folder.FullName, "registry.db")}").Options);
            await new CatalogueGenerator(works, Seed).WriteAsync(factory);

            var store = new EmbeddedContentStore(Directory.CreateDirectory(Path.Combine(folder.FullName, "store")).FullName);
            var pictures = await PlantPicturesAsync(factory, store, works, samples);
            var index = new NearDuplicateIndex();
            await index.LoadAsync(factory);
            var catalog = new WorkCatalog(factory);
            using var previews = new WorkPreviews(store, new PerceptualFingerprintOptions());
            var similarWorks = new SimilarWorks(index, catalog, previews);
            var fingerprinter = new PerceptualFingerprinter();
            var thumbnails = new ThumbnailMaker();

            var table = new ResultTable($"Near-duplicate gate for a 1-megapixel image over {index.Count:N0} indexed works, and thumbnails",
                "Step", "Samples", "p50 ms", "p95 ms", "Notes");
            await MeasureGateAsync(table, pictures, fingerprinter, index, catalog, similarWorks);
            await MeasureThumbnailsAsync(table, pictures, thumbnails, previews);

            table.AddNote($"Command: dotnet run -c Release --project bench/Registry.Bench -- gate {works} {samples}");
            table.AddNote($"Read model: {works:N0} generated works in SQLite (as the catalogue bench makes them); each picture's fingerprint planted on "
                + $"{PlantedPerPicture} works (0, 2 and 4 bits apart), so a lookup finds at least {PlantedPerPicture}. Threshold {PerceptualThresholds.Image}, limit {SimilarLimit}.");
            table.AddNote("Pictures: 1000 × 1000 gradients with 12 random rectangles and ellipses (the perceptual bench's); the upload is the JPEG (quality 85), "
                + "the registered original the PNG. Each step is timed on its own, then the whole gate once more as one operation.");
            if (File.Exists("/proc/loadavg"))
                table.AddNote($"Load average (1, 5, 15 min) at the end: {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores.");
            return table;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<Picture>> PlantPicturesAsync(IDbContextFactory<RegistryDbContext> factory, EmbeddedContentStore store, int works, int samples)
    {
        var images = new ImageFingerprinter();
        var random = new Random(Seed + 1);
        var stride = Math.Max(1, works / (samples * PlantedPerPicture));
        var pictures = new List<Picture>();
        await using var db = await factory.CreateDbContextAsync();
        for (var i = 0; i < samples; i++)
        {
            using var drawn = PerceptualHashBenchmark.DrawPicture(10_000 + i);
            var png = PerceptualHashBenchmark.Encode(drawn, png: true);
            var jpeg = PerceptualHashBenchmark.Encode(drawn, png: false);
            var cid = (await store.AddAsync(new MemoryStream(png), CancellationToken.None)).ToString();
            var fingerprint = images.Compute(png);
            var planted = new List<long>();
            for (var k = 0; k < PlantedPerPicture; k++)
            {
                long workId = 1 + (i * PlantedPerPicture + k) * stride;
                var near = fingerprint;
                for (var flips = 0; flips < 2 * k; flips++) near ^= 1UL << random.Next(63);
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE Works SET Fingerprint = {unchecked((long)near)}, FingerprintKind = 'Image', Kind = 'Image', Cid = {cid}, Published = 1
                    WHERE WorkId = {workId}
                    """);
                planted.Add(workId);
            }
            pictures.Add(new Picture(png, jpeg, cid, planted));
        }
        return pictures;
    }

    private static async Task MeasureGateAsync(ResultTable table, List<Picture> pictures, PerceptualFingerprinter fingerprinter,
        NearDuplicateIndex index, WorkCatalog catalog, SimilarWorks similarWorks)
    {
        // One untimed pass warms up the JIT, ImageSharp's pools and SQLite's page cache.
        await GateAsync(pictures[0], fingerprinter, similarWorks);

        var (hash, lookup, load, whole) = (new Latencies(), new Latencies(), new Latencies(), new Latencies());
        long found = 0, missed = 0;
        foreach (var picture in pictures)
        {
            var fingerprint = await hash.TimeAsync(() => fingerprinter.ComputeAsync(new MemoryStream(picture.Jpeg)));
            var near = lookup.Time(() => index.FindWithin(fingerprint.Hash!.Value, FingerprintKind.Image, PerceptualThresholds.Image, SimilarLimit));
            var loaded = await load.TimeAsync(() => catalog.GetManyAsync(near.Select(n => n.WorkId).ToList()));
            found += loaded.Count;
            var matches = await whole.TimeAsync(() => GateAsync(picture, fingerprinter, similarWorks));
            missed += picture.Planted.Count(id => matches.All(m => m.Work.WorkId != id));
        }
        var count = pictures.Count.ToString(CultureInfo.InvariantCulture);
        table.AddRow("1. perceptual hash of the upload (PerceptualFingerprinter.ComputeAsync, 1 MP JPEG)", count, hash.Format(0.5), hash.Format(0.95),
            $"JPEG {ByteSize.Format((long)pictures.Average(p => p.Jpeg.Length))} on average; decoding included");
        table.AddRow($"2. near-duplicate lookup (NearDuplicateIndex.FindWithin, d ≤ {PerceptualThresholds.Image})", count, lookup.Format(0.5), lookup.Format(0.95),
            $"{index.Count:N0} works indexed");
        table.AddRow("3. loading the matched works (WorkCatalog.GetManyAsync, one query)", count, load.Format(0.5), load.Format(0.95),
            $"{(double)found / pictures.Count:0.00} works per upload");
        table.AddRow("gate end to end: 1 + SimilarWorks.FindAsync (2, 3 and excerpts, none for images)", count, whole.Format(0.5), whole.Format(0.95),
            missed == 0 ? "every planted work found" : $"{missed} planted works MISSED");
    }

    private static async Task<IReadOnlyList<SimilarMatch>> GateAsync(Picture picture, PerceptualFingerprinter fingerprinter, SimilarWorks similarWorks) =>
        await similarWorks.FindAsync(await fingerprinter.ComputeAsync(new MemoryStream(picture.Jpeg)), SimilarLimit, CancellationToken.None);

    private static async Task MeasureThumbnailsAsync(ResultTable table, List<Picture> pictures, ThumbnailMaker thumbnails, WorkPreviews previews)
    {
        thumbnails.TryCreate(pictures[0].Jpeg); // warm-up
        var count = pictures.Count.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, bytes) in new (string, Func<Picture, byte[]>)[] { ("JPEG", p => p.Jpeg), ("PNG", p => p.Png) })
        {
            var made = new Latencies();
            long size = 0;
            foreach (var picture in pictures)
                size += made.Time(() => thumbnails.TryCreate(bytes(picture)))!.Jpeg.Length;
            table.AddRow($"thumbnail of a 1 MP {name} (ThumbnailMaker.TryCreate: decode, resize to 160 × 160, encode)", count, made.Format(0.5), made.Format(0.95),
                $"thumbnail {ByteSize.Format(size / pictures.Count)} on average");
        }

        var cold = new Latencies();
        var warm = new Latencies();
        foreach (var picture in pictures)
        {
            var work = new Work
            {
                WorkId = picture.Planted[0], ContentHash = "", Cid = picture.Cid, Creator = "", Owner = "", Split = "", TransactionHash = "",
                Published = true, FingerprintKind = FingerprintKind.Image,
            };
            await cold.TimeAsync(() => previews.GetThumbnailAsync(work, CancellationToken.None));
            await warm.TimeAsync(() => previews.GetThumbnailAsync(work, CancellationToken.None));
        }
        table.AddRow("WorkPreviews.GetThumbnailAsync, first time (read the PNG from the embedded store, make the thumbnail)", count, cold.Format(0.5), cold.Format(0.95), "");
        table.AddRow("WorkPreviews.GetThumbnailAsync, again (from the in-memory cache)", count, warm.Format(0.5), warm.Format(0.95), "");
    }

    private sealed record Picture(byte[] Png, byte[] Jpeg, string Cid, IReadOnlyList<long> Planted);
}
