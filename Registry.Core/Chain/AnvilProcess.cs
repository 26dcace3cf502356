using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Registry.Core.Chain;

/// <summary>
/// A running anvil dev node on a free loopback port. anvil picks the port itself (<c>--port 0</c>) and prints
/// <c>Listening on 127.0.0.1:N</c>; we parse that line rather than race another process for a port.
/// </summary>
public sealed partial class AnvilProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AnvilProcess(Process process, string rpcUrl)
    {
        _process = process;
        RpcUrl = rpcUrl;
    }

    /// <summary>Block states anvil keeps: more than the deepest reorganisation the indexer rolls back (its window, 64).</summary>
    public const int HistoryStates = 128;

    public string RpcUrl { get; }

    /// <param name="chainId">The chain id anvil reports.</param>
    /// <param name="stateFile">When set, anvil loads its state from this file at start and writes it back periodically and at exit.</param>
    /// <param name="anvilPath">The anvil binary; the pinned one in node_modules when null.</param>
    public static async Task<AnvilProcess> StartAsync(long chainId = 31337, string? stateFile = null, string? anvilPath = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(anvilPath ?? NodeTools.FindTool("anvil"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // anvil keeps the state of every block; past its in-memory limit it writes them to ~/.foundry/anvil/tmp and only
        // deletes them on a clean exit, so one test run left ~16 GB there and killed nodes leave theirs for good. We read
        // state only at recent blocks (replaying a mined revert, reorganisations of up to the indexer's window), so the
        // newest HistoryStates are kept in memory and none on disk.
        foreach (var arg in new[] { "--host", "127.0.0.1", "--port", "0", "--chain-id", chainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--prune-history", HistoryStates.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (stateFile is not null)
        {
            start.ArgumentList.Add("--state");
            start.ArgumentList.Add(stateFile);
            start.ArgumentList.Add("--state-interval");
            start.ArgumentList.Add("5");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("anvil did not start.");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var match = ListeningLine().Match(e.Data);
            if (match.Success) listening.TrySetResult($"http://{match.Groups[1].Value}");
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"anvil exited at start: {string.Join(" ", errors)}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return new AnvilProcess(process, url);
        }
        catch
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Stops anvil with SIGTERM so that it writes its state file, then kills it if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Posix.Terminate(_process.Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Listening on ([0-9.]+:\d+)")]
    private static partial Regex ListeningLine();
}
