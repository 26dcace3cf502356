using Microsoft.Extensions.Caching.Memory;

namespace Registry.Core.Previews;

/// <summary>
/// Previews by the CID of their content, in memory, bounded by an estimate of the bytes they take: when full, the
/// least recently used go first. "This content has no preview" is kept too, so an unreadable file is tried once.
/// </summary>
internal sealed class PreviewCache(long maxBytes) : IDisposable
{
    private const int EntryOverheadBytes = 64;
    private static readonly object None = new();

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = maxBytes });

    /// <returns>False when nothing is known about this content yet; true with a null preview when it has none.</returns>
    public bool TryGet<T>(string kind, string cid, out T? preview) where T : class
    {
        preview = null;
        if (!_cache.TryGetValue((kind, cid), out var found)) return false;
        preview = found as T;
        return true;
    }

    public void Set(string kind, string cid, object? preview, long bytes) =>
        _cache.Set((kind, cid), preview ?? None, new MemoryCacheEntryOptions { Size = EntryOverheadBytes + bytes });

    public void Dispose() => _cache.Dispose();
}
