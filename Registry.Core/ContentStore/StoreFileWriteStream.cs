namespace Registry.Core.ContentStore;

/// <summary>
/// Write-only view of a file the embedded store is filling. It turns the disk's IO failures into
/// <see cref="ContentStoreUnavailableException"/>, so that they are told apart from failures of the content being
/// read (a dropped upload). Writes are done inline: to local disk they land in the page cache, and a
/// synchronous FileStream would otherwise queue each one to the thread pool.
/// </summary>
internal sealed class StoreFileWriteStream(FileStream file, Func<string, Exception, ContentStoreUnavailableException> unavailable) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => file.Length;
    public override long Position { get => file.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            file.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw unavailable("write the content", e);
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => FlushToDisk();

    /// <summary>Makes the bytes durable before the file is published under its CID.</summary>
    public void FlushToDisk()
    {
        try
        {
            file.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw unavailable("save the content", e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            file.Dispose();
        base.Dispose(disposing);
    }
}
