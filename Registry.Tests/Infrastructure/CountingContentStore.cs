using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;

namespace Registry.Tests.Infrastructure;

/// <summary>Passes every call to a real store and counts what each add read from the caller's stream, to prove that it stopped early.</summary>
public sealed class CountingContentStore(IContentStore inner) : IContentStore
{
    private readonly List<long> _added = [];

    /// <summary>The bytes each add read, in order, whether it completed or not.</summary>
    public IReadOnlyList<long> BytesReadPerAdd
    {
        get
        {
            lock (_added) return _added.ToList();
        }
    }

    public async Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken)
    {
        var counting = new CountingStream(content);
        try
        {
            return await inner.AddAsync(counting, cancellationToken);
        }
        finally
        {
            lock (_added) _added.Add(counting.BytesRead);
        }
    }

    public Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken) => inner.OpenReadAsync(cid, cancellationToken);

    public Task PinAsync(Cid cid, CancellationToken cancellationToken) => inner.PinAsync(cid, cancellationToken);

    public Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken) => inner.ContainsAsync(cid, cancellationToken);
}
