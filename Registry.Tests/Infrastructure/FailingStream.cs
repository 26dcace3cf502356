using Registry.Core.IO;

namespace Registry.Tests.Infrastructure;

/// <summary>A source that yields some bytes and then fails, like an upload whose client went away.</summary>
public sealed class FailingStream(int bytesBeforeFailure, Exception failure) : ReadOnlyStream
{
    private int _remaining = bytesBeforeFailure;

    public override int Read(Span<byte> buffer)
    {
        if (_remaining == 0) throw failure;
        var count = Math.Min(buffer.Length, _remaining);
        buffer[..count].Fill(0x2A);
        _remaining -= count;
        return count;
    }
}
