namespace Registry.Tests.Infrastructure;

/// <summary>A source that yields some bytes and then fails, like an upload whose client went away.</summary>
public sealed class FailingStream(int bytesBeforeFailure, Exception failure) : Stream
{
    private int _remaining = bytesBeforeFailure;

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
        if (_remaining == 0) throw failure;
        var count = Math.Min(buffer.Length, _remaining);
        buffer[..count].Fill(0x2A);
        _remaining -= count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
