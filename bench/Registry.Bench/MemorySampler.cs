using System.Diagnostics;

namespace Registry.Bench;

/// <summary>
/// The most memory this process held while a phase ran: its resident set and the managed heap, sampled every 20 ms,
/// and the bytes the phase allocated.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

    private MemorySampler() => _sampling = SampleAsync();

    public long MaxResidentBytes { get; private set; }

    public long MaxHeapBytes { get; private set; }

    public long AllocatedBytes { get; private set; }

    /// <summary>Starts after a full collection, so the phase does not inherit the garbage of the one before.</summary>
    public static MemorySampler Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new MemorySampler();
    }

    public async ValueTask DisposeAsync()
    {
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        await _stop.CancelAsync();
        try { await _sampling; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
        Sample();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        do Sample();
        while (await timer.WaitForNextTickAsync(_stop.Token));
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        MaxResidentBytes = Math.Max(MaxResidentBytes, process.WorkingSet64);
        MaxHeapBytes = Math.Max(MaxHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
    }
}
