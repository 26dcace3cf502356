using Registry.Core.IO;

namespace Registry.Core.Registration;

/// <summary>Passes reads through and throws <see cref="UploadTooLargeException"/> as soon as more than the limit has been read.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit) : ReadOnlyStream
{
    private long _read;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    private int Count(int n)
    {
        _read += n;
        if (_read > limit) throw new UploadTooLargeException(limit);
        return n;
    }
}
