using Registry.Core.IO;

namespace Registry.Tests.Infrastructure;

/// <summary>Counts what a consumer reads, to prove that it stopped early.</summary>
public sealed class CountingStream(Stream inner) : ReadOnlyStream
{
    public long BytesRead { get; private set; }

    public override long Length => inner.Length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        BytesRead += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        BytesRead += n;
        return n;
    }
}
