using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core;
using Registry.Core.Indexing;
using Registry.Core.Persistence;

namespace Registry.Bench;

/// <summary>
/// A cold backfill of the read model: a fresh anvil filled with N registry events (registerBatch, two events per
/// work), then in the same run (a) a raw loop that only fetches those logs (<see cref="RawLogLoop"/>) and (b) one
/// <see cref="IndexingPass"/> into an empty SQLite file, wired as the app wires it (AddRegistryCore). Goals: the
/// backfill ≥ 25,000 events/s and ≥ 0.25 of the raw loop, memory bounded. Optional arguments: the number of events
/// (default 100000) and the logs per raw-loop range (default 10000), rounded to whole blocks.
/// </summary>
public sealed class IndexerBenchmark : IBenchmark
{
    private const double EventsPerSecondGoal = 25_000;
    private const double RatioGoal = 0.25;

    public string Name => "indexer";

    public async Task<ResultTable> RunAsync(string[] args)
    {
        var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var logsPerRange = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;

        var fill = Stopwatch.StartNew();
        await using var chain = await IndexerChain.StartAsync(events);
        fill.Stop();
        events = chain.Events;
        var blocks = chain.LastBlock - chain.FirstBlock + 1;
        var blocksPerRange = (int)Math.Max(1, logsPerRange * blocks / events);

        var table = new ResultTable($"Cold backfill of {events:N0} registry events from a local anvil into an empty SQLite read model",
            "Phase", "Events", "Seconds", "Events/s", "Of the raw loop", "Goal", "CPU s (this process)", "Max RSS", "Max managed heap", "Allocated");

        var rawLoop = new RawLogLoop(chain.Connection.RpcUrl, chain.Connection.IndexedContracts());
        await rawLoop.RunAsync(chain.FirstBlock, chain.FirstBlock, 1);
        var (rawEvents, rawSeconds) = await MeasureAsync(table, "raw loop: HttpClient eth_getLogs + Utf8JsonReader, nothing kept", null, null,
            () => rawLoop.RunAsync(chain.FirstBlock, chain.LastBlock, blocksPerRange));
        if (rawEvents != events) throw new InvalidOperationException($"The raw loop read {rawEvents} logs, not {events}.");

        var rawRate = rawEvents / rawSeconds;
        await BackfillAsync(table, chain, "cold backfill, the process's first (JIT compiling included): IndexingPass.RunAsync into an empty database", rawRate);
        var databaseBytes = await BackfillAsync(table, chain, "cold backfill again, code warm: a new empty database, new services", rawRate);
        table.AddNote($"Read model after a backfill: {ByteSize.Format(databaseBytes)} (registry.db, WAL checkpointed at close).");

        table.AddNote($"Command: dotnet run -c Release --project bench/Registry.Bench -- indexer {events} {logsPerRange}");
        table.AddNote($"Chain: anvil, {events / (IndexerChain.WorksPerTransaction * IndexerChain.EventsPerWork):N0} registerBatch transactions of {IndexerChain.WorksPerTransaction} works "
            + $"(the ERC-721 mint and WorkRegistered per work) in {blocks:N0} blocks, filled in {fill.Elapsed.TotalSeconds:0.0} s; the registry, licensing and disputes "
            + "contracts are all indexed (one eth_getLogs over the three addresses).");
        table.AddNote($"Raw loop: ranges of {blocksPerRange} blocks ({blocksPerRange * events / blocks:N0} logs), one after the other, after one warm-up call.");
        table.AddNote("CPU s: user + system time of the bench process over the phase (anvil, a process of its own, not included); "
            + "the machine's 2 cores are shared with anvil and with whatever else runs, so the load average below says how much of them the phase had.");
        table.AddNote("Memory: RSS and managed heap sampled every 20 ms during the phase (after a full collection); Allocated is GC.GetTotalAllocatedBytes over the phase. "
            + $"Process peak working set over the whole run (fill included): {ByteSize.Format(Process.GetCurrentProcess().PeakWorkingSet64)}.");
        if (File.Exists("/proc/loadavg"))
            table.AddNote($"Load average (1, 5, 15 min) at the end: {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores (anvil shares them).");
        return table;
    }

    /// <summary>One IndexingPass from nothing to the chain's last block, in a data folder and services of its own.</summary>
    /// <returns>The size of the database file it made.</returns>
    private static async Task<long> BackfillAsync(ResultTable table, IndexerChain chain, string phase, double rawRate)
    {
        var folder = Directory.CreateTempSubdirectory("registry-bench-indexer-");
        try
        {
            await using var services = await StartServicesAsync(chain, folder.FullName);
            var pass = services.GetRequiredService<IndexingPass>();
            await MeasureAsync(table, phase, rawRate, $"≥ {EventsPerSecondGoal:N0}/s and ≥ {RatioGoal:0.00} of the raw loop", async () =>
            {
                await pass.RunAsync(CancellationToken.None);
                return await IndexedEventsAsync(services, chain.LastBlock);
            });
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            return new FileInfo(Path.Combine(folder.FullName, "registry.db")).Length;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(long Events, double Seconds)> MeasureAsync(ResultTable table, string phase, double? rawRate, string? goal, Func<Task<long>> run)
    {
        long events;
        var stopwatch = new Stopwatch();
        var memory = MemorySampler.Start();
        TimeSpan cpu;
        await using (memory)
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            stopwatch.Start();
            events = await run();
            stopwatch.Stop();
            process.Refresh();
            cpu = process.TotalProcessorTime - cpuBefore;
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var rate = events / seconds;
        var met = goal is null ? "" : rate >= EventsPerSecondGoal && rate / rawRate >= RatioGoal ? " ✅" : " ❌";
        table.AddRow(phase, events.ToString("N0", CultureInfo.InvariantCulture), seconds.ToString("0.00", CultureInfo.InvariantCulture),
            rate.ToString("N0", CultureInfo.InvariantCulture), rawRate is null ? "1" : (rate / rawRate.Value).ToString("0.00", CultureInfo.InvariantCulture),
            goal is null ? "" : goal + met, cpu.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), ByteSize.Format(memory.MaxResidentBytes), ByteSize.Format(memory.MaxHeapBytes), ByteSize.Format(memory.AllocatedBytes));
        return (events, seconds);
    }

    /// <summary>The Core services as the app registers them, on the bench's chain and a data folder of their own; the database is created, nothing started.</summary>
    private static async Task<ServiceProvider> StartServicesAsync(IndexerChain chain, string dataDirectory)
    {
        var connection = chain.Connection;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Chain:RpcUrl"] = connection.RpcUrl,
            ["Chain:ChainId"] = connection.ChainId.ToString(CultureInfo.InvariantCulture),
            ["Chain:WorkRegistryAddress"] = connection.WorkRegistryAddress,
            ["Chain:WorkLicensingAddress"] = connection.WorkLicensingAddress,
            ["Chain:WorkDisputesAddress"] = connection.WorkDisputesAddress,
            ["Chain:SignerKey"] = connection.SignerKey,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRegistryCore(configuration, dataDirectory);
        var provider = services.BuildServiceProvider();
        await using var db = await provider.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        return provider;
    }

    /// <summary>The events the checkpoint counts, once it has reached the chain's last block.</summary>
    private static async Task<long> IndexedEventsAsync(IServiceProvider services, long lastBlock)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var checkpoint = await db.IndexerCheckpoints.SingleAsync();
        if (checkpoint.BlockNumber != lastBlock) throw new InvalidOperationException($"The backfill stopped at block {checkpoint.BlockNumber}, not {lastBlock}.");
        return checkpoint.EventsIndexed;
    }
}
