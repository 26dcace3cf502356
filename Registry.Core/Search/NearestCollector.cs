namespace Registry.Core.Search;

/// <summary>
/// Keeps the <c>limit</c> nearest hits of a scan, nearest first and then by work id. Once it holds enough, it
/// lowers <see cref="MaxDistance"/> to the farthest kept hit, so a generous distance over a large catalogue does
/// not pile up matches that could never be returned. Scans with several probes may hit a work more than once: it is
/// kept at its nearest distance.
/// </summary>
internal sealed class NearestCollector(int maxDistance, int limit)
{
    private readonly List<SimilarWork> _found = [];
    private readonly long _trimAt = 2L * limit + 16;

    /// <summary>Hits farther than this can no longer make the result.</summary>
    public int MaxDistance { get; private set; } = maxDistance;

    public void Add(long workId, int distance)
    {
        _found.Add(new SimilarWork(workId, distance));
        if (_found.Count >= _trimAt) Trim();
    }

    public SimilarWork[] ToResult()
    {
        Trim();
        return [.. _found];
    }

    private void Trim()
    {
        _found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.WorkId.CompareTo(b.WorkId));
        var seen = new HashSet<long>(_found.Count);
        _found.RemoveAll(hit => !seen.Add(hit.WorkId));
        if (_found.Count < limit) return;
        _found.RemoveRange(limit, _found.Count - limit);
        // Kept inclusive: a later hit at the same distance with a lower work id still wins its place.
        MaxDistance = Math.Min(MaxDistance, _found[^1].Distance);
    }
}
