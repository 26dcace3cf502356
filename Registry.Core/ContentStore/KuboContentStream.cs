using Registry.Core.IO;
using Registry.Core.Fingerprints;

namespace Registry.Core.ContentStore;

/// <summary>
/// The content a node streams back for <c>cat</c>. A node that fails after it has begun to answer can only say so in
/// the <c>X-Stream-Error</c> trailer, after a body that looks complete; this stream turns that trailer into an
/// <see cref="IOException"/> at the end instead of letting a truncated read pass as the whole content.
/// </summary>
internal sealed class KuboContentStream(HttpResponseMessage response, Stream body, string node, Cid cid) : ReadOnlyStream
{
    public override int Read(Span<byte> buffer) => CheckedAtEnd(body.Read(buffer), buffer.Length);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        CheckedAtEnd(await body.ReadAsync(buffer, cancellationToken), buffer.Length);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Dispose();
            response.Dispose();
        }
        base.Dispose(disposing);
    }

    private int CheckedAtEnd(int read, int requested)
    {
        if (read == 0 && requested > 0 && KuboFailure.StreamError(response) is { } error)
            throw new IOException($"The IPFS node at {node} stopped sending {cid} before the end: {error.TrimEnd('.')}.");
        return read;
    }
}
