using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;

namespace Registry.Tests.Core.Previews;

/// <summary>A real store that counts how often content is opened, and can play an outage.</summary>
internal sealed class CountingContentStore(IContentStore inner) : IContentStore
{
    private int _opens;

    public int Opens => Volatile.Read(ref _opens);

    public bool Down { get; set; }

    public Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken) => inner.AddAsync(content, cancellationToken);

    public Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _opens);
        if (Down) throw new ContentStoreUnavailableException("The content store is down.");
        return inner.OpenReadAsync(cid, cancellationToken);
    }

    public Task PinAsync(Cid cid, CancellationToken cancellationToken) => inner.PinAsync(cid, cancellationToken);

    public Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken) => inner.ContainsAsync(cid, cancellationToken);
}
