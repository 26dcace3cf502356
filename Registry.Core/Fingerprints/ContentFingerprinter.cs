using System.Security.Cryptography;

namespace Registry.Core.Fingerprints;

/// <summary>
/// Computes the SHA-256 and the IPFS CIDv1 of content in one pass. The CID is the one
/// <c>ipfs add --cid-version=1</c> gives: raw leaves of 262,144 bytes under a balanced dag-pb UnixFS tree.
/// </summary>
public static class ContentFingerprinter
{
    public const int ChunkSize = 262_144;

    /// <summary>
    /// Reads <paramref name="source"/> to its end once. Reading and the SHA-256 of the whole run on the calling
    /// flow while the leaf hashes and the copy run on a second one, so that two cores share the work evenly;
    /// memory stays at a few pooled chunk buffers.
    /// </summary>
    /// <param name="copyTo">Receives every byte as it passes, in order, e.g. the file the upload is saved to; all of
    /// it has been written when the task completes (not flushed: that is the caller's).</param>
    /// <param name="progress">Told the number of bytes read so far after every chunk.</param>
    public static async Task<ContentFingerprint> ComputeAsync(
        Stream source,
        Stream? copyTo = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var worker = new LeafAndCopyWorker(ChunkSize, copyTo, cancellationToken);
        using var fileHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        var chunks = 0;
        while (true)
        {
            var buffer = await worker.RentAsync(cancellationToken);
            var read = await ReadChunkAsync(source, buffer.AsMemory(0, ChunkSize), cancellationToken);
            if (read == 0 && chunks > 0)
            {
                worker.Return(buffer);
                break;
            }

            fileHash.AppendData(buffer, 0, read);
            worker.Consume(buffer, read);
            chunks++;
            length += read;
            progress?.Report(length);
            if (read < ChunkSize)
                break;
        }

        var cid = await worker.CompleteAsync();
        return new ContentFingerprint(fileHash.GetHashAndReset(), cid, length);
    }

    /// <summary>Fills the buffer, or reads up to the end of the stream.</summary>
    private static async ValueTask<int> ReadChunkAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        // A FileStream not opened for asynchronous IO serves ReadAsync by queuing a synchronous read to the thread
        // pool; reading inline does the same work without a thread hop per chunk.
        if (source is FileStream { IsAsync: false })
        {
            cancellationToken.ThrowIfCancellationRequested();
            return source.ReadAtLeast(buffer.Span, buffer.Length, throwOnEndOfStream: false);
        }
        return await source.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
    }

    /// <summary>The same fingerprint for content already in memory, on the calling thread.</summary>
    public static ContentFingerprint Compute(ReadOnlySpan<byte> content)
    {
        var dag = new BalancedFileDag();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var offset = 0;
        do
        {
            var chunk = content.Slice(offset, Math.Min(ChunkSize, content.Length - offset));
            SHA256.HashData(chunk, digest);
            dag.AddLeaf(digest, chunk.Length);
            offset += chunk.Length;
        }
        while (offset < content.Length);
        return new ContentFingerprint(SHA256.HashData(content), dag.Complete(), content.Length);
    }
}
