namespace Registry.Core.IO;

/// <summary>Bytes already read from a stream (to look at its head), followed by the rest of that stream.</summary>
public sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ReadOnlyStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override int Read(Span<byte> buffer) =>
        _prefix.IsEmpty ? rest.Read(buffer) : TakePrefix(buffer);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _prefix.IsEmpty ? await rest.ReadAsync(buffer, cancellationToken) : TakePrefix(buffer.Span);

    private int TakePrefix(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..count].CopyTo(buffer);
        _prefix = _prefix[count..];
        return count;
    }
}
