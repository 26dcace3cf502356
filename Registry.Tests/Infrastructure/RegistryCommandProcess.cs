using System.Diagnostics;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A command-line verb of the real app (<c>dotnet Registry.Web.dll reindex</c>, <c>index --until-head</c>) in a process
/// of its own, configured through environment variables as an operator would, with its output kept.
/// </summary>
public sealed class RegistryCommandProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private RegistryCommandProcess(Process process) => _process = process;

    public static RegistryCommandProcess Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RegistryAppProcess.WebProjectPath(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RegistryAppProcess.WebAssemblyPath());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;

        var command = new RegistryCommandProcess(Process.Start(start)!);
        command._process.OutputDataReceived += (_, e) => command.Collect(e.Data);
        command._process.ErrorDataReceived += (_, e) => command.Collect(e.Data);
        command._process.BeginOutputReadLine();
        command._process.BeginErrorReadLine();
        return command;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public IReadOnlyList<string> Lines
    {
        get { lock (_output) return _output.ToList(); }
    }

    public string Output => string.Join(Environment.NewLine, Lines);

    /// <summary>SIGKILL on Linux: the process gets no chance to finish what it was writing.</summary>
    public void Kill() => _process.Kill();

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            throw new TimeoutException($"The command did not finish in {timeout}: {Output}");
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }
}
