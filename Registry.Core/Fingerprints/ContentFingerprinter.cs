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
    /// Reads <paramref name="source"/> to its end once. The SHA-256 of the whole runs on the calling flow while
    /// the leaf hashes run on a second thread, so that both cores work; memory stays at a few chunk buffers.
    /// </summary>
    /// <param name="copyTo">Receives every byte as it passes, e.g. the file the upload is saved to.</param>
    /// <param name="progress">Told the number of bytes read so far after every chunk.</param>
    public static async Task<ContentFingerprint> ComputeAsync(
        Stream source,
        Stream? copyTo = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var leaves = new LeafHashingWorker(ChunkSize);
        using var fileHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        var chunks = 0;
        while (true)
        {
            var buffer = await leaves.RentAsync(cancellationToken);
            var read = await source.ReadAtLeastAsync(buffer.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, cancellationToken);
            if (read == 0 && chunks > 0)
            {
                leaves.Return(buffer);
                break;
            }

            fileHash.AppendData(buffer, 0, read);
            if (copyTo is not null)
                await copyTo.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            leaves.Hash(buffer, read);
            chunks++;
            length += read;
            progress?.Report(length);
            if (read < ChunkSize)
                break;
        }

        var cid = await leaves.CompleteAsync();
        return new ContentFingerprint(fileHash.GetHashAndReset(), cid, length);
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
