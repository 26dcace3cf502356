using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Registry.Core.Persistence;
using Registry.Core.Search;
using Registry.Core.Works;

namespace Registry.Bench;

/// <summary>
/// A generated catalogue in SQLite and the two lookups it must answer fast: full-text search through
/// <see cref="WorkSearch"/> (goal ≤ 20 ms p95; each kind of query also through <see cref="PreviousWorkSearch"/>, for
/// comparison) and near-duplicate lookup through <see cref="NearDuplicateIndex"/> at distance 10 (goal ≤ 10 ms p95,
/// ≤ 16 bytes per work). Optional arguments: the number of works (default 1000000), of queries per kind of query
/// (default 200), and a file to keep the generated database in and reuse on later runs.
/// </summary>
public sealed class CatalogueBenchmark : IBenchmark
{
    private const int Seed = 20250711;
    private const int NearDistance = 10;
    private const int NearLimit = 20;
    private const double FullTextGoal = 20;
    private const double NearGoal = 10;
    private const double BytesPerWorkGoal = 16;

    private static readonly string[] AbsentChinese = ["不在", "没有", "其他", "无关", "空白"];
    private static readonly string[] AbsentLetters = ["zq", "qx", "jx", "xz", "vq"];

    public string Name => "catalogue";

    public async Task<ResultTable> RunAsync(string[] args)
    {
        var works = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var kept = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
        var folder = kept is null ? Directory.CreateTempSubdirectory("registry-bench-catalogue-") : null;
        try
        {
            var path = kept ?? Path.Combine(folder!.FullName, "registry.db");
            var factory = new PooledDbContextFactory<RegistryDbContext>(
                new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite($"Data Source={path}").Options);
            var table = new ResultTable($"Catalogue of {works:N0} works in SQLite: full-text search and near-duplicate lookup",
                "Measurement", "Queries", "p50 ms", "p95 ms", "Goal", "Notes");
            var catalogue = File.Exists(path)
                ? await ReuseAsync(table, factory, path, works)
                : await GenerateAsync(table, factory, path, works);

            var index = await MeasureNearDuplicatesAsync(table, factory, catalogue, queries);
            GC.KeepAlive(index);
            await MeasureFullTextAsync(table, factory, queries);

            table.AddNote($"Command: dotnet run -c Release --project bench/Registry.Bench -- catalogue {works} {queries}"
                + " (a third argument, a file path, keeps the generated database there and reuses it on the next run)");
            table.AddNote("Near-duplicate queries: a registered fingerprint with 0–10 random bits flipped, so every query has at least one answer; "
                + $"limit {NearLimit}. Fingerprints otherwise uniform random (80 % image, 20 % text).");
            table.AddNote("Full-text terms drawn uniformly from the generator's word lists (skewed draw when generating, so some terms are common); "
                + $"'matches' is the mean of SearchPage.Total, which stops at WorkSearch.CountLimit ({WorkSearch.CountLimit:N0}); "
                + "'capped' is the share of pages with TotalIsCapped (more than the limit, or a bound of FullTextMatcher reached).");
            table.AddNote("'previous WorkSearch' rows: the search this branch replaced (PreviousWorkSearch: bm25 over up to 1,000 matches, LIKE over "
                + "every work for any term under three characters), on the same queries, taking turns query by query (each goes first on every other query), so both see the same machine load.");
            table.AddNote($"Two common words rarely together (independent draws make most Chinese + English pairs so) are looked for in the newest "
                + $"{FullTextMatcher.IntersectionRange:N0} works only: such pages are capped with fewer than {WorkSearch.CountLimit:N0} matches.");
            return table;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder?.Delete(recursive: true);
        }
    }

    private static async Task<CatalogueFingerprints> GenerateAsync(ResultTable table, IDbContextFactory<RegistryDbContext> factory, string path, int works)
    {
        var generator = new CatalogueGenerator(works, Seed);
        var (insert, rebuild, cjk) = await generator.WriteAsync(factory);
        table.AddRow("build: bulk insert (prepared command, 100,000 rows a transaction, FTS triggers off)", "", "", "", "",
            $"{insert.TotalSeconds:0.0} s");
        table.AddRow("build: FTS5 trigram 'rebuild'", "", "", "", "", $"{rebuild.TotalSeconds:0.0} s");
        table.AddRow("build: CJK index made and filled by DatabaseInitializer (as for an existing database)", "", "", "", "",
            $"{cjk.TotalSeconds:0.0} s; file {ByteSize.Format(new FileInfo(path).Length)}");
        return generator.Catalogue;
    }

    /// <summary>A database kept from an earlier run (same seed and size): the schema is brought up to date, the fingerprints read back.</summary>
    private static async Task<CatalogueFingerprints> ReuseAsync(ResultTable table, IDbContextFactory<RegistryDbContext> factory, string path, int works)
    {
        var initialize = Stopwatch.StartNew();
        await using (var db = await factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        initialize.Stop();
        table.AddRow("build: database kept from an earlier run; DatabaseInitializer.InitializeAsync on it", "", "", "", "",
            $"{initialize.Elapsed.TotalSeconds:0.0} s; file {ByteSize.Format(new FileInfo(path).Length)}");
        return await CatalogueFingerprints.ReadAsync(factory, works);
    }

    private static async Task<NearDuplicateIndex> MeasureNearDuplicatesAsync(
        ResultTable table, IDbContextFactory<RegistryDbContext> factory, CatalogueFingerprints catalogue, int queries)
    {
        var index = new NearDuplicateIndex();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        await index.LoadAsync(factory);
        load.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var arrayBytesPerWork = (double)index.AllocatedBytes / index.Count;
        table.AddRow("NearDuplicateIndex.LoadAsync from the read model", "", "", "", "",
            $"{load.Elapsed.TotalSeconds:0.00} s for {index.Count:N0} works");
        table.AddRow("NearDuplicateIndex memory per work", "", "", "", $"≤ {BytesPerWorkGoal} B {Met(arrayBytesPerWork <= BytesPerWorkGoal)}",
            $"arrays {arrayBytesPerWork:0.00} B (AllocatedBytes / Count); managed heap retained by the load {(double)retained / index.Count:0.00} B");

        var random = new Random(Seed + 1);
        var imageCount = catalogue.Kinds.Count(k => k == FingerprintKind.Image);
        foreach (var vectorise in new[] { true, false })
        {
            var measured = vectorise ? index : await LoadScalarAsync(factory);
            MeasureLookups(table, measured, catalogue, queries, random, FingerprintKind.Image,
                $"FindWithin d={NearDistance}, image works ({imageCount:N0}), {(vectorise ? "AVX2" : "scalar POPCNT")}");
        }
        // What the registration gate and Verify do for an image: its registered hash and 8 crop-window probes.
        MeasureLookups(table, index, catalogue, queries, random, FingerprintKind.Image,
            $"FindWithin d={NearDistance}, 9 probes (an image's hash + crop windows), image works, AVX2", probes: 9);

        // The worst case for the goal: every work of the catalogue in one kind.
        var oneKind = new NearDuplicateIndex();
        var add = Stopwatch.StartNew();
        for (var i = 0; i < catalogue.Fingerprints.Length; i++)
            oneKind.Add(i + 1, FingerprintKind.Image, catalogue.Fingerprints[i]);
        add.Stop();
        table.AddRow("NearDuplicateIndex.Add, one at a time", "", "", "", "",
            $"{add.Elapsed.TotalMilliseconds * 1e6 / catalogue.Fingerprints.Length:0} ns per work");
        var allImages = Enumerable.Repeat(FingerprintKind.Image, catalogue.Kinds.Length).ToArray();
        MeasureLookups(table, oneKind, catalogue, queries, random, FingerprintKind.Image,
            $"FindWithin d={NearDistance}, all {catalogue.Fingerprints.Length:N0} works in one kind, AVX2", allImages);
        return index;
    }

    private static async Task<NearDuplicateIndex> LoadScalarAsync(IDbContextFactory<RegistryDbContext> factory)
    {
        var index = new NearDuplicateIndex(vectorise: false);
        await index.LoadAsync(factory);
        return index;
    }

    private static void MeasureLookups(ResultTable table, NearDuplicateIndex index, CatalogueFingerprints catalogue, int queries,
        Random random, FingerprintKind kind, string name, FingerprintKind[]? kinds = null, int probes = 1)
    {
        kinds ??= catalogue.Kinds;
        var candidates = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == kind).ToArray();
        var latencies = new Latencies();
        var found = 0;
        for (var q = -20; q < queries; q++)
        {
            var query = catalogue.Fingerprints[candidates[random.Next(candidates.Length)]];
            for (var flips = random.Next(NearDistance + 1); flips > 0; flips--) query ^= 1UL << random.Next(64);
            ulong[] lookup = [query, .. Enumerable.Range(1, probes - 1).Select(_ => (ulong)random.NextInt64())];
            if (q < 0)
            {
                index.FindWithin(lookup, kind, NearDistance, NearLimit); // warm-up
                continue;
            }
            found += latencies.Time(() => index.FindWithin(lookup, kind, NearDistance, NearLimit)).Count;
        }
        table.AddRow(name, latencies.Count.ToString(CultureInfo.InvariantCulture), latencies.Format(0.5), latencies.Format(0.95),
            $"≤ {NearGoal} ms {Met(latencies.Percentile(0.95) <= NearGoal)}", $"{(double)found / latencies.Count:0.00} works found per query");
    }

    /// <summary>
    /// Each kind of query through <see cref="WorkSearch"/> and, on the same queries, through
    /// <see cref="PreviousWorkSearch"/> (the code it replaced), query by query in turn, so that both see the same machine load.
    /// </summary>
    private static async Task MeasureFullTextAsync(ResultTable table, IDbContextFactory<RegistryDbContext> factory, int queries)
    {
        var search = new WorkSearch(factory);
        var previous = new PreviousWorkSearch(factory);
        var random = new Random(Seed + 2);
        string English() => CatalogueWords.English[random.Next(CatalogueWords.English.Length)];
        string Rare() => CatalogueWords.Rare[random.Next(CatalogueWords.Rare.Length)];
        string ChineseTwo() => CatalogueWords.ChineseTwo[random.Next(CatalogueWords.ChineseTwo.Length)];
        // The previous LIKE fallback read every row for these; 10 queries of it take 11 s.
        var fewer = Math.Max(10, queries / 10);
        var kinds = new (string Name, string Previous, Func<string> Query, int Count)[]
        {
            ("one English word", "trigram", English, queries),
            ("one rare word (ranked)", "trigram, bm25", Rare, queries),
            ("two English words", "trigram", () => $"{English()} {English()}", queries),
            ("three-character Chinese word", "trigram", () => CatalogueWords.ChineseThree[random.Next(CatalogueWords.ChineseThree.Length)], queries),
            ("two-character Chinese word (CJK index)", "LIKE", ChineseTwo, queries),
            ("two-character Chinese word in no work (CJK index)", "LIKE, full scan", () => AbsentChinese[random.Next(AbsentChinese.Length)], fewer),
            ("one Chinese character (CJK index)", "LIKE", () => ChineseTwo()[..1], queries),
            ("two-character Chinese word and an English word (CJK ∩ trigram)", "LIKE", () => $"{ChineseTwo()} {English()}", queries),
            ("two-character Chinese word and a rare word (ranked)", "LIKE", () => $"{ChineseTwo()} {Rare()}", fewer),
            ($"two letters in no work (no index: newest {FullTextMatcher.NewestWorksRead:N0} works read)", "LIKE, full scan",
                () => AbsentLetters[random.Next(AbsentLetters.Length)], fewer),
        };
        foreach (var (name, previousName, next, count) in kinds)
        {
            var texts = Enumerable.Range(0, count).Select(_ => next()).ToList();
            var measured = await MeasureAsync(texts, text => search.SearchAsync(text), text => previous.SearchAsync(text));
            AddRow(table, $"WorkSearch, {name}", texts.Count, measured[0]);
            AddRow(table, $"previous WorkSearch ({previousName}), same queries", texts.Count, measured[1]);
        }
    }

    /// <summary>
    /// Each query through every search in turn, the first search first on even queries and last on odd ones, so that
    /// none of them always finds the pages another just read in the cache.
    /// </summary>
    private static async Task<(Latencies Latencies, long Matches, int Capped)[]> MeasureAsync(
        IReadOnlyList<string> texts, params Func<string, Task<SearchPage>>[] searches)
    {
        foreach (var search in searches)
            await search(texts[0]); // warm-up
        var results = searches.Select(_ => (Latencies: new Latencies(), Matches: 0L, Capped: 0)).ToArray();
        for (var q = 0; q < texts.Count; q++)
            foreach (var i in q % 2 == 0 ? Enumerable.Range(0, searches.Length) : Enumerable.Range(0, searches.Length).Reverse())
            {
                var page = await results[i].Latencies.TimeAsync(() => searches[i](texts[q]));
                results[i].Matches += page.Total;
                results[i].Capped += page.TotalIsCapped ? 1 : 0;
            }
        return results;
    }

    private static void AddRow(ResultTable table, string name, int count, (Latencies Latencies, long Matches, int Capped) measured) =>
        table.AddRow(name, count.ToString(CultureInfo.InvariantCulture), measured.Latencies.Format(0.5), measured.Latencies.Format(0.95),
            $"≤ {FullTextGoal} ms {Met(measured.Latencies.Percentile(0.95) <= FullTextGoal)}",
            $"{measured.Matches / count:N0} matches per query; {measured.Capped * 100 / count} % capped");

    private static string Met(bool met) => met ? "met" : "MISSED";
}
