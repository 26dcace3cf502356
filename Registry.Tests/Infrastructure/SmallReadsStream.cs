using Registry.Core.IO;

namespace Registry.Tests.Infrastructure;

/// <summary>A read-only stream over bytes that answers every read with at most a few bytes, as a slow network does.</summary>
public sealed class SmallReadsStream(ArraySegment<byte> content, int maxBytesPerRead = 1000) : ReadOnlyStream
{
    private int _position;

    public int ReadCount { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        ReadCount++;
        var count = Math.Min(Math.Min(buffer.Length, maxBytesPerRead), content.Count - _position);
        content.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
