using System.Diagnostics;
using System.Globalization;

namespace Registry.Bench;

/// <summary>Wall-clock times of repeated operations, summarised as percentiles in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await operation();
        _milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);
        return result;
    }

    public T Time<T>(Func<T> operation)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = operation();
        _milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);
        return result;
    }

    public double Percentile(double fraction)
    {
        var sorted = _milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Format(double fraction) => Percentile(fraction).ToString(Percentile(fraction) < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}
