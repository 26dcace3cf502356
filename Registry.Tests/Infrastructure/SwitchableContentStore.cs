using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;

namespace Registry.Tests.Infrastructure;

/// <summary>Passes every call to the current real store; a test swaps in an unreachable Kubo node to play an outage.</summary>
public sealed class SwitchableContentStore(IContentStore current) : IContentStore
{
    public IContentStore Current { get; set; } = current;

    public Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken) => Current.AddAsync(content, cancellationToken);

    public Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken) => Current.OpenReadAsync(cid, cancellationToken);

    public Task PinAsync(Cid cid, CancellationToken cancellationToken) => Current.PinAsync(cid, cancellationToken);

    public Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken) => Current.ContainsAsync(cid, cancellationToken);
}
