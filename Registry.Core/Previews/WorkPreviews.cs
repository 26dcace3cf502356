using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Works;

namespace Registry.Core.Previews;

/// <summary>
/// What a list of works shows next to each one: a thumbnail of a published image, an excerpt of a published text,
/// nothing for other kinds (nor for a work whose file was not published: the store does not have it). Previews are
/// made from the content store and cached in memory by CID, bounded in bytes, so a list of ten does not read and
/// decode ten originals on every render; content never changes under a CID, so an entry is never stale.
/// </summary>
public sealed class WorkPreviews : IDisposable
{
    /// <summary>About 2,000 thumbnails of 8 KB, or many more excerpts.</summary>
    public const long DefaultCacheBytes = 16 << 20;

    /// <summary>How long excerpts for a list may take before the list is shown without them.</summary>
    public static readonly TimeSpan ExcerptTimeLimit = TimeSpan.FromSeconds(2);

    private const string ThumbnailKind = "thumbnail";
    private const string ExcerptKind = "excerpt";

    private readonly IContentStore _store;
    private readonly int _maxImageBytes;
    private readonly ThumbnailMaker _thumbnails;
    private readonly PreviewCache _cache;
    // Decoding a large image takes memory in proportion to its pixels: a burst of requests decodes a few at a time.
    private readonly SemaphoreSlim _decoding = new(Math.Max(1, Environment.ProcessorCount / 2));

    public WorkPreviews(IContentStore store, PerceptualFingerprintOptions options, long cacheBytes = DefaultCacheBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheBytes, 1);
        _store = store;
        _maxImageBytes = options.MaxImageBytes;
        _thumbnails = new ThumbnailMaker(new BoundedImageDecoder(options.MaxImagePixels));
        _cache = new PreviewCache(cacheBytes);
    }

    public static bool HasThumbnail(Work work) => work is { Published: true, FingerprintKind: FingerprintKind.Image };

    public static bool HasExcerpt(Work work) => work is { Published: true, FingerprintKind: FingerprintKind.Text };

    /// <returns>Null when the work is not a published image, the store does not have its content, or it cannot be decoded.</returns>
    /// <exception cref="ContentStoreUnavailableException">The content store is down.</exception>
    public async Task<Thumbnail?> GetThumbnailAsync(Work work, CancellationToken cancellationToken)
    {
        if (!HasThumbnail(work)) return null;
        if (_cache.TryGet<Thumbnail>(ThumbnailKind, work.Cid, out var cached)) return cached;
        await _decoding.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGet(ThumbnailKind, work.Cid, out cached)) return cached;
            if (await ReadAsync(work.Cid, _maxImageBytes, cancellationToken) is not { } content) return null;
            var thumbnail = content.Truncated ? null : _thumbnails.TryCreate(content.Bytes);
            _cache.Set(ThumbnailKind, work.Cid, thumbnail, thumbnail?.Jpeg.Length ?? 0);
            return thumbnail;
        }
        finally
        {
            _decoding.Release();
        }
    }

    /// <returns>Null when the work is not a published text, the store does not have its content, or it shows no text.</returns>
    /// <exception cref="ContentStoreUnavailableException">The content store is down.</exception>
    public async Task<string?> GetExcerptAsync(Work work, CancellationToken cancellationToken)
    {
        if (!HasExcerpt(work)) return null;
        if (_cache.TryGet<string>(ExcerptKind, work.Cid, out var cached)) return cached;
        if (await ReadAsync(work.Cid, TextExcerpt.MaxBytes, cancellationToken) is not { } content) return null;
        var excerpt = TextExcerpt.From(content.Bytes.Span, content.Truncated);
        _cache.Set(ExcerptKind, work.Cid, excerpt, (excerpt?.Length ?? 0) * sizeof(char));
        return excerpt;
    }

    /// <summary>
    /// The excerpts of the texts among <paramref name="works"/>, by work id, read side by side. A store that is down
    /// or slower than <see cref="ExcerptTimeLimit"/> leaves them out instead of holding up or failing the list.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, string>> GetExcerptsAsync(IEnumerable<Work> works, CancellationToken cancellationToken)
    {
        var texts = works.Where(HasExcerpt).DistinctBy(w => w.WorkId).ToList();
        if (texts.Count == 0) return new Dictionary<long, string>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ExcerptTimeLimit);
        var excerpts = await Task.WhenAll(texts.Select(async work => (work.WorkId, Excerpt: await TryGetExcerptAsync(work, limit.Token))));
        cancellationToken.ThrowIfCancellationRequested();
        return excerpts.Where(e => e.Excerpt is not null).ToDictionary(e => e.WorkId, e => e.Excerpt!);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _decoding.Dispose();
    }

    private async Task<string?> TryGetExcerptAsync(Work work, CancellationToken cancellationToken)
    {
        try
        {
            return await GetExcerptAsync(work, cancellationToken);
        }
        catch (Exception e) when (e is ContentStoreUnavailableException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <returns>Up to <paramref name="limit"/> leading bytes and whether more followed; null when the store does not have the content.</returns>
    private async Task<(ReadOnlyMemory<byte> Bytes, bool Truncated)?> ReadAsync(string cid, int limit, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await _store.OpenReadAsync(Cid.Parse(cid), cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 << 10];
            while (buffer.Length <= limit)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken);
                if (read == 0) return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), false);
                buffer.Write(chunk, 0, read);
            }
            return (buffer.GetBuffer().AsMemory(0, limit), true);
        }
        catch (ContentNotFoundException)
        {
            return null; // not cached: an IPFS node may find it later
        }
    }
}
