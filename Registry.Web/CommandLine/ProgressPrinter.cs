using System.Globalization;
using Registry.Core.Indexing;

namespace Registry.Web.CommandLine;

/// <summary>Prints a line whenever the indexer has got further or started or stopped failing, checking every half second.</summary>
internal sealed class ProgressPrinter : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _printing;
    private string? _last;

    private ProgressPrinter(IndexerStatusReader status, TextWriter output) => _printing = PrintAsync(status, output);

    public static ProgressPrinter Start(IndexerStatusReader status, TextWriter output) => new(status, output);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _printing;
        _stop.Dispose();
    }

    private async Task PrintAsync(IndexerStatusReader status, TextWriter output)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                var line = Describe(await status.ReadAsync(_stop.Token));
                if (line is null || line == _last) continue;
                _last = line;
                await output.WriteLineAsync(line);
                await output.FlushAsync(_stop.Token);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? Describe(IndexerStatusReport report)
    {
        if (report.Fault is { } fault)
            return string.Create(CultureInfo.InvariantCulture,
                $"The chain node cannot be read (attempt {fault.Attempts}, failing since {fault.Since:u}); retrying at {fault.NextAttemptAt:u}: {fault.LastError}");
        if (report.HeadBlock is not { } head) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"Indexed block {report.IndexedBlock?.ToString("N0", CultureInfo.InvariantCulture) ?? "none"} of {head:N0} ({report.Progress:P0}), {report.EventsIndexed:N0} events");
    }
}
