using Registry.Core.Fingerprints;

namespace Registry.Core.ContentStore;

/// <summary>
/// Content addressed by CID: a Kubo (IPFS) node over its RPC API, or the embedded store on local disk, which
/// yields the same CIDs for the same bytes.
/// </summary>
public interface IContentStore
{
    /// <summary>Adds and pins the content; returns the CIDv1 the store computed for it.</summary>
    /// <exception cref="ContentStoreUnavailableException">The store cannot be reached or failed.</exception>
    Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the content for reading.</summary>
    /// <exception cref="ContentNotFoundException">The store does not have it (or could not find it within the timeout).</exception>
    /// <exception cref="ContentStoreUnavailableException">The store cannot be reached or failed.</exception>
    Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken);

    /// <summary>Pins content that the store already holds, so that it is kept.</summary>
    Task PinAsync(Cid cid, CancellationToken cancellationToken);

    /// <summary>Whether the store holds (has pinned) the content.</summary>
    Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken);
}
