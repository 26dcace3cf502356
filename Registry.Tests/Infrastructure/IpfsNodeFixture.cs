using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.Core.Chain;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A js-ipfs node (the Kubo RPC API) in a fresh repository under the temp folder, offline, on loopback ports the
/// node picks itself (port 0) and reports on stdout, so no other process can take them between choosing and binding.
/// </summary>
public sealed partial class IpfsNodeFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
    private Process? _daemon;

    public string ApiUrl { get; private set; } = "";

    public string RepositoryPath { get; } = Path.Combine(Path.GetTempPath(), $"registry-ipfs-{Guid.NewGuid():N}");

    /// <summary>How long the node took from <c>init</c> to answering <c>id</c>.</summary>
    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        var started = Stopwatch.StartNew();
        var nodeFolder = FindNodeFolder();
        Directory.CreateDirectory(RepositoryPath);
        await RunToEndAsync(Cli(nodeFolder, "init", "--profile", "test"));
        ConfigureRepository();

        _daemon = Process.Start(Cli(nodeFolder, "daemon", "--offline")) ?? throw new InvalidOperationException("The js-ipfs daemon did not start.");
        var apiAddress = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _daemon.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            _output.Enqueue(e.Data);
            var match = ApiListeningLine().Match(e.Data);
            if (match.Success) apiAddress.TrySetResult($"http://{match.Groups["host"].Value}:{match.Groups["port"].Value}");
        };
        _daemon.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _daemon.Exited += (_, _) => apiAddress.TrySetException(new InvalidOperationException($"The js-ipfs daemon exited at start:\n{string.Join('\n', _output)}"));
        _daemon.EnableRaisingEvents = true;
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();

        ApiUrl = await apiAddress.Task.WaitAsync(StartTimeout);
        await WaitUntilAnsweringAsync();
        StartTime = started.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (_daemon is not null)
        {
            if (!_daemon.HasExited) _daemon.Kill(entireProcessTree: true);
            await _daemon.WaitForExitAsync();
            _daemon.Dispose();
        }
        DeleteRepository();
    }

    /// <summary>Adds content without pinning it, as another user of the node might have.</summary>
    public async Task<string> AddUnpinnedAsync(byte[] content)
    {
        using var http = new HttpClient();
        var file = new ByteArrayContent(content) { Headers = { ContentType = new("application/octet-stream") } };
        using var form = new MultipartFormDataContent { { file, "file", "content" } };
        using var response = await http.PostAsync($"{ApiUrl}/api/v0/add?cid-version=1&cid-base=base32&raw-leaves=true&pin=false", form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"The test node refused an unpinned add: {body}");
        var answer = JsonNode.Parse(body)!;
        return (string)answer["Hash"]!;
    }

    private static string FindNodeFolder()
    {
        var root = NodeTools.FindRepositoryRoot() ?? throw new InvalidOperationException("Cannot find the repository root (package.json beside Registry.sln).");
        var folder = Path.Combine(root, "tools", "ipfs-node");
        if (!File.Exists(Path.Combine(folder, "node_modules", "ipfs", "src", "cli.js")))
            throw new InvalidOperationException($"js-ipfs is not installed: run npm ci in tools/ipfs-node ({folder}).");
        return folder;
    }

    private ProcessStartInfo Cli(string nodeFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = nodeFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["IPFS_PATH"] = RepositoryPath;
        foreach (var argument in (string[])["--require", "./withresolvers.cjs", "node_modules/ipfs/src/cli.js", .. arguments])
            start.ArgumentList.Add(argument);
        return start;
    }

    private static async Task RunToEndAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'jsipfs {string.Join(' ', start.ArgumentList.Skip(3))}' did not finish within {StartTimeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'jsipfs {string.Join(' ', start.ArgumentList.Skip(3))}' failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    /// <summary>Loopback only, on ports the node picks; no swarm, no pubsub: nothing reaches beyond this machine.</summary>
    private void ConfigureRepository()
    {
        var path = Path.Combine(RepositoryPath, "config");
        var config = JsonNode.Parse(File.ReadAllText(path))!;
        var addresses = config["Addresses"]!;
        addresses["API"] = "/ip4/127.0.0.1/tcp/0";
        addresses["Gateway"] = "/ip4/127.0.0.1/tcp/0";
        addresses["RPC"] = "/ip4/127.0.0.1/tcp/0";
        addresses["Swarm"] = new JsonArray();
        config["Pubsub"]!["Enabled"] = false;
        config["Bootstrap"] = new JsonArray();
        File.WriteAllText(path, config.ToJsonString());
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.PostAsync($"{ApiUrl}/api/v0/id", content: null);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (deadline.Elapsed < StartTimeout)
            {
            }
            if (deadline.Elapsed >= StartTimeout)
                throw new TimeoutException($"The js-ipfs node at {ApiUrl} did not answer /api/v0/id within {StartTimeout}.");
            await Task.Delay(100);
        }
    }

    private void DeleteRepository()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(RepositoryPath)) Directory.Delete(RepositoryPath, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }
        }
    }

    [GeneratedRegex(@"HTTP API listening on /ip4/(?<host>[0-9.]+)/tcp/(?<port>\d+)")]
    private static partial Regex ApiListeningLine();
}
