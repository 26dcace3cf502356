using System.Diagnostics;
using System.Text.RegularExpressions;
using Registry.Core.Chain;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// The real app (Registry.Web, as built) in its own process on a free loopback port, with a fresh data folder:
/// it starts its own anvil dev chain, deploys, and serves the UI and API exactly as `dotnet run` would.
/// </summary>
public sealed partial class RegistryAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempDirectory? _data;
    private readonly List<string> _output = [];

    private RegistryAppProcess(Process process, string dataDirectory, TempDirectory? ownedData, string baseUrl)
    {
        _process = process;
        DataDirectory = dataDirectory;
        _data = ownedData;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string DataDirectory { get; }

    /// <param name="dataDirectory">An existing data folder to start on (a restart), kept afterwards; a fresh temp folder when null.</param>
    public static async Task<RegistryAppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var owned = dataDirectory is null ? new TempDirectory("registry-app") : null;
        var data = dataDirectory ?? owned!.Path;
        var webProject = WebProjectPath();
        var dll = WebAssemblyPath();

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = webProject, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__DataDirectory"] = data;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new RegistryAppProcess(process, data, owned, "");
        void Collect(string? line)
        {
            if (line is null) return;
            lock (app._output) app._output.Add(line);
            if (ListeningLine().Match(line) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        }
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The app exited: " + app.Output));

        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var started = new RegistryAppProcess(process, data, owned, url);
            lock (app._output) started._output.AddRange(app._output);
            await started.WaitUntilServingAsync();
            return started;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            owned?.Dispose();
            throw;
        }
    }

    public string Output
    {
        get { lock (_output) return string.Join(Environment.NewLine, _output); }
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in bytes.</summary>
    public long PeakMemoryBytes() => ReadStatusKb("VmHWM") * 1024;

    public long CurrentMemoryBytes() => ReadStatusKb("VmRSS") * 1024;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Posix.Terminate(_process.Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
        _data?.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if ((await http.GetAsync("/api/works")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("The app did not start serving: " + Output);
    }

    private long ReadStatusKb(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    public static string WebProjectPath() => Path.Combine(NodeTools.FindRepositoryRoot()!, "Registry.Web");

    /// <summary>Registry.Web.dll as built alongside the tests.</summary>
    public static string WebAssemblyPath()
    {
        var dll = Path.Combine(WebProjectPath(), "bin", BuildConfiguration(), "net10.0", "Registry.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build Registry.Web first: {dll} is missing.");
    }

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
