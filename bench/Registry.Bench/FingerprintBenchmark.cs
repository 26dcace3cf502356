using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Registry.Core.Fingerprints;

namespace Registry.Bench;

/// <summary>
/// How fast <see cref="ContentFingerprinter"/> fingerprints a file compared with the plain SHA-256 of it on one
/// thread, the floor any fingerprint needs. Goal: at least 0.9 of that speed. Optional argument: the size
/// (bytes, or with a KiB/MiB/GiB suffix; default 1GiB) and the number of runs of each (default 3).
/// </summary>
public sealed class FingerprintBenchmark : IBenchmark
{
    private const double Goal = 0.9;
    private const int ReadBufferSize = ContentFingerprinter.ChunkSize;

    public string Name => "fingerprint";

    public async Task<ResultTable> RunAsync(string[] args)
    {
        var size = args.Length > 0 ? ByteSize.Parse(args[0]) : 1L << 30;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var folder = Directory.CreateTempSubdirectory("registry-bench-fingerprint-");
        try
        {
            var path = Path.Combine(folder.FullName, "content.bin");
            WriteContent(path, size);
            var loadBefore = LoadAverage();

            var plain = new List<Measurement>();
            var fingerprinter = new List<Measurement>();
            for (var i = 0; i < repeats; i++)
            {
                // Interleaved, so that whatever else the machine is doing weighs on both alike.
                plain.Add(await Measurement.TakeAsync(size, () => Task.FromResult(HashOnOneThread(path))));
                fingerprinter.Add(await Measurement.TakeAsync(size, () => FingerprintAsync(path)));
            }

            var table = new ResultTable($"Content fingerprint of a {ByteSize.Format(size)} file (best of {repeats})",
                "Measurement", "Best GB/s", "All runs GB/s", "CPU time of best", "GC allocated", "Peak working set");
            AddRow(table, "SHA-256 alone, one thread (the floor)", plain);
            AddRow(table, "ContentFingerprinter.ComputeAsync (SHA-256 + CIDv1)", fingerprinter);
            var ratio = fingerprinter.Max(m => m.GigabytesPerSecond) / plain.Max(m => m.GigabytesPerSecond);
            table.AddNote($"Ratio fingerprint / plain SHA-256: {ratio:0.00} (goal ≥ {Goal:0.0}: {(ratio >= Goal ? "met" : "NOT met")}).");
            var cpuRatio = fingerprinter.Min(m => m.CpuTime.TotalSeconds) / plain.Min(m => m.CpuTime.TotalSeconds);
            table.AddNote($"CPU time fingerprint / plain SHA-256: {cpuRatio:0.00} (every byte is hashed twice, so about 2 is expected; "
                + "the wall-clock goal needs the second core free, and the ratio falls towards 0.5 when other work keeps both cores busy).");
            if (loadBefore is not null)
                table.AddNote($"Load average (1, 5, 15 min) before / after: {loadBefore} / {LoadAverage()}.");
            table.AddNote($"Reads of {ReadBufferSize:N0} bytes from a file in the page cache; GB = 10^9 bytes.");
            table.AddNote("Peak working set: the process's peak resident set during the run (Linux VmHWM, reset before each run"
                + (Measurement.CanResetPeak ? ")." : " — reset not possible here, so it is the peak since start)."));
            var digests = plain.Select(m => m.Sha256Hex).Concat(fingerprinter.Select(m => m.Sha256Hex)).Distinct().ToList();
            table.AddNote(digests.Count == 1 ? $"All runs agree on SHA-256 {digests[0]}; CID {fingerprinter[0].Cid}." : "RUNS DISAGREE ON THE SHA-256.");
            return table;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AddRow(ResultTable table, string name, List<Measurement> runs)
    {
        var best = runs.MaxBy(m => m.GigabytesPerSecond)!;
        table.AddRow(
            name,
            best.GigabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture),
            string.Join(", ", runs.Select(m => m.GigabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture))),
            $"{best.CpuTime.TotalSeconds:0.00} s in {best.WallTime.TotalSeconds:0.00} s",
            ByteSize.Format(runs.Max(m => m.AllocatedBytes)),
            ByteSize.Format(runs.Max(m => m.PeakWorkingSet)));
    }

    private static (string Sha256Hex, string? Cid) HashOnOneThread(string path)
    {
        using var stream = OpenRead(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ReadBufferSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
            hash.AppendData(buffer, 0, read);
        return (Sha256Hex.Format(hash.GetHashAndReset()), null);
    }

    private static async Task<(string Sha256Hex, string? Cid)> FingerprintAsync(string path)
    {
        await using var stream = OpenRead(path);
        var fingerprint = await ContentFingerprinter.ComputeAsync(stream);
        return (fingerprint.Sha256Hex, fingerprint.Cid.ToString());
    }

    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    private static void WriteContent(string path, long size)
    {
        var block = new byte[16 << 20];
        new Random(20240611).NextBytes(block);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        for (long written = 0; written < size; written += block.Length)
        {
            // Vary every block so that no two chunks of the file are the same.
            BitConverter.TryWriteBytes(block, written);
            file.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }
    }

    private sealed record Measurement(double GigabytesPerSecond, TimeSpan WallTime, TimeSpan CpuTime, long AllocatedBytes, long PeakWorkingSet, string Sha256Hex, string? Cid)
    {
        public static bool CanResetPeak { get; } = TryResetPeak();

        public static async Task<Measurement> TakeAsync(long size, Func<Task<(string Sha256Hex, string? Cid)>> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            TryResetPeak();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var stopwatch = Stopwatch.StartNew();
            var (sha256Hex, cid) = await run();
            stopwatch.Stop();
            var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            using var process = Process.GetCurrentProcess();
            return new Measurement(size / stopwatch.Elapsed.TotalSeconds / 1e9, stopwatch.Elapsed, cpu, allocated, process.PeakWorkingSet64, sha256Hex, cid);
        }

        // Writing 5 to clear_refs resets the kernel's peak resident set size (VmHWM) of this process.
        private static bool TryResetPeak()
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
