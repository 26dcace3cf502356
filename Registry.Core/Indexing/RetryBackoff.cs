namespace Registry.Core.Indexing;

/// <summary>Exponential backoff: the first wait, doubled for each further failure in a row, never more than the cap.</summary>
internal static class RetryBackoff
{
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan cap)
    {
        var doublings = Math.Clamp(failures - 1, 0, 30);
        var delay = first * Math.Pow(2, doublings);
        return delay > cap ? cap : delay;
    }
}
