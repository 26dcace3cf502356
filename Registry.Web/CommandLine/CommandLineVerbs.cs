using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Core;
using Registry.Core.Chain;
using Registry.Core.Indexing;
using Registry.Core.Persistence;

namespace Registry.Web.CommandLine;

/// <summary>
/// Verbs run instead of the web app, with its configuration and data folder: <c>reindex</c> drops the read model's
/// chain-derived rows and rebuilds them from the chain; <c>index --until-head</c> indexes headless until it has caught up
/// with the chain's head. Both print their progress and exit 0 when done. Stop the app first: they use its database and,
/// on the embedded dev chain, its anvil state.
/// </summary>
internal static class CommandLineVerbs
{
    private const string UntilHead = "--until-head";

    /// <returns>The exit code, or null when the arguments name no verb and the web app is to run.</returns>
    public static async Task<int?> RunAsync(string[] args)
    {
        var rest = args.Skip(1).Where(a => a != UntilHead).ToArray();
        switch (args.FirstOrDefault())
        {
            case "reindex":
                return await RunHeadlessAsync(rest, "Re-indexed", (services, ct) => services.GetRequiredService<ReadModelRebuild>().RunAsync(ct));
            case "index" when args.Contains(UntilHead):
                return await RunHeadlessAsync(rest, "Indexed", (services, ct) => services.GetRequiredService<ChainIndexer>().CatchUpAsync(ct));
            case "index":
                await Console.Error.WriteLineAsync($"Usage: Registry.Web index {UntilHead}   (indexes until caught up with the chain's head, then exits)");
                return 2;
            default:
                return null;
        }
    }

    private static async Task<int> RunHeadlessAsync(string[] configurationArgs, string done, Func<IServiceProvider, CancellationToken, Task<int>> work)
    {
        var builder = WebApplication.CreateBuilder(configurationArgs);
        builder.Services.AddRegistryCore(builder.Configuration, builder.Environment.ContentRootPath);
        await using var app = builder.Build();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var devChain = app.Services.GetServices<IHostedService>().OfType<DevChainHost>().SingleOrDefault();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(stop.Token))
                await DatabaseInitializer.InitializeAsync(db, stop.Token);
            if (devChain is not null) await devChain.StartAsync(stop.Token);

            var status = app.Services.GetRequiredService<IndexerStatusReader>();
            await using (var progress = ProgressPrinter.Start(status, Console.Out))
                await work(app.Services, stop.Token);
            var report = await status.ReadAsync(stop.Token);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{done} up to block {report.IndexedBlock:N0} (the head): {report.EventsIndexed:N0} events in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s."));
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped; the next run resumes from the last block written.");
            return 130;
        }
        finally
        {
            if (devChain is not null) await devChain.StopAsync(CancellationToken.None);
        }
    }
}
