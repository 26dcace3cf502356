using System.Buffers;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Registry.Core.Fingerprints;

/// <summary>
/// The second half of the fingerprinting pipeline: on its own flow, in order, hashes each chunk handed to it as a
/// raw leaf, feeds the digest to the DAG, copies the chunk on when asked to, and gives the buffer back. It owns a
/// small, fixed set of pooled chunk buffers, which bounds both memory and how far the reader can run ahead.
/// </summary>
internal sealed class LeafAndCopyWorker : IAsyncDisposable
{
    // 2 MiB: enough slack that one side being descheduled for a moment does not stall the other at once.
    private const int BufferCount = 8;

    private readonly byte[][] _buffers;
    private readonly Channel<byte[]> _free = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<Chunk> _filled = Channel.CreateUnbounded<Chunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly BalancedFileDag _dag = new();
    private readonly byte[] _digest = new byte[SHA256.HashSizeInBytes];
    private readonly Stream? _copyTo;
    private readonly CancellationToken _cancellationToken;
    private readonly Task _worker;

    public LeafAndCopyWorker(int chunkSize, Stream? copyTo, CancellationToken cancellationToken)
    {
        _copyTo = copyTo;
        _cancellationToken = cancellationToken;
        _buffers = new byte[BufferCount][];
        for (var i = 0; i < BufferCount; i++)
        {
            _buffers[i] = ArrayPool<byte>.Shared.Rent(chunkSize);
            _free.Writer.TryWrite(_buffers[i]);
        }
        _worker = Task.Run(ConsumeChunksAsync, CancellationToken.None);
    }

    /// <summary>Waits for a free buffer: the caller owns it until it passes it to <see cref="Consume"/> or <see cref="Return"/>.</summary>
    public async ValueTask<byte[]> RentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _free.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            await _worker; // the worker failed and closed the channel: surface its exception
            throw;
        }
    }

    /// <summary>Hands over the next chunk of the file (in order) and the buffer that holds it.</summary>
    public void Consume(byte[] buffer, int length) => _filled.Writer.TryWrite(new Chunk(buffer, length));

    public void Return(byte[] buffer) => _free.Writer.TryWrite(buffer);

    /// <summary>Waits until the last chunk is hashed and copied, and returns the CID of the file.</summary>
    public async Task<Cid> CompleteAsync()
    {
        _filled.Writer.TryComplete();
        await _worker;
        return _dag.Complete();
    }

    public async ValueTask DisposeAsync()
    {
        _filled.Writer.TryComplete();
        try
        {
            await _worker;
        }
        catch
        {
            // Already surfaced through RentAsync or CompleteAsync, or the caller is failing for its own reason.
        }
        foreach (var buffer in _buffers)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    private async Task ConsumeChunksAsync()
    {
        try
        {
            await foreach (var chunk in _filled.Reader.ReadAllAsync(CancellationToken.None))
            {
                SHA256.HashData(chunk.Buffer.AsSpan(0, chunk.Length), _digest);
                _dag.AddLeaf(_digest, chunk.Length);
                if (_copyTo is not null)
                    await WriteAsync(_copyTo, chunk.Buffer.AsMemory(0, chunk.Length), _cancellationToken);
                _free.Writer.TryWrite(chunk.Buffer);
            }
        }
        catch (Exception e)
        {
            _free.Writer.TryComplete(e);
            throw;
        }
    }

    private static async ValueTask WriteAsync(Stream destination, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        // As for reads: a FileStream not opened for asynchronous IO would queue a synchronous write to the thread pool.
        if (destination is FileStream { IsAsync: false })
        {
            cancellationToken.ThrowIfCancellationRequested();
            destination.Write(bytes.Span);
            return;
        }
        await destination.WriteAsync(bytes, cancellationToken);
    }

    private readonly record struct Chunk(byte[] Buffer, int Length);
}
