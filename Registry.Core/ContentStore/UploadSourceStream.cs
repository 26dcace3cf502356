namespace Registry.Core.ContentStore;

/// <summary>
/// Hands the caller's content to an upload while keeping the node's deadline fair: the deadline is paused while
/// the caller's stream produces data and restarted after each read, so a slow source never counts against the node
/// but a node that stops taking data does. Failures of the source are kept so that they are reported as the
/// caller's, not as the node's. The caller's stream is left open.
/// </summary>
internal sealed class UploadSourceStream(Stream source, CancellationTokenSource deadline, TimeSpan timeout) : Stream
{
    public Exception? SourceFailure { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        try
        {
            return source.Read(buffer);
        }
        catch (Exception e)
        {
            SourceFailure = e;
            throw;
        }
        finally
        {
            deadline.CancelAfter(timeout);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        try
        {
            return await source.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            SourceFailure = e;
            throw;
        }
        finally
        {
            deadline.CancelAfter(timeout);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
