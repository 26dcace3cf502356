using System.Runtime.InteropServices;

namespace Registry.Core.Chain;

internal static class Posix
{
    private const int SigTerm = 15;

    /// <summary>Asks a process to stop (SIGTERM) so that it can flush its state; Process.Kill sends SIGKILL.</summary>
    public static void Terminate(int pid)
    {
        if (OperatingSystem.IsWindows()) return;
        _ = Kill(pid, SigTerm);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
