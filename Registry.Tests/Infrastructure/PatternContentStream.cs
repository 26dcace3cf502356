using Registry.Core.IO;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// Reproducible test content of any length, produced as it is read (nothing buffered):
/// byte i = (byte)((i * 31 + (i &gt;&gt; 8)) &amp; 0xFF). The same generator feeds the CID cross-checks.
/// </summary>
public sealed class PatternContentStream(long length) : ReadOnlyStream
{
    private long _position;

    public static byte ByteAt(long index) => (byte)((index * 31 + (index >> 8)) & 0xFF);

    public static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = ByteAt(i);
        return bytes;
    }

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++) buffer[i] = ByteAt(_position + i);
        _position += count;
        return count;
    }
}
