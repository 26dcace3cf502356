using System.Text;

namespace Registry.Tests.Infrastructure;

/// <summary>Reads HTTP/1.1 requests with a Content-Length body (as JSON-RPC clients send them) one after another from a kept-alive connection.</summary>
internal sealed class HttpRequestReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _pending = new();

    /// <returns>The next request's body, or null when the client closed the connection.</returns>
    public async Task<byte[]?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd()) < 0)
        {
            if (!await FillAsync(cancellationToken)) return null;
        }
        var head = Encoding.ASCII.GetString(_pending.GetBuffer(), 0, headerEnd);
        var length = ContentLength(head);
        var total = headerEnd + 4 + length;
        while (_pending.Length < total)
        {
            if (!await FillAsync(cancellationToken)) throw new InvalidDataException("The connection closed within a request.");
        }
        var body = _pending.GetBuffer().AsSpan(headerEnd + 4, length).ToArray();
        var rest = _pending.GetBuffer().AsSpan(total, (int)_pending.Length - total).ToArray();
        _pending.SetLength(0);
        _pending.Write(rest);
        return body;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(_buffer, cancellationToken);
        if (read == 0) return false;
        _pending.Write(_buffer, 0, read);
        return true;
    }

    private int IndexOfHeaderEnd() => _pending.GetBuffer().AsSpan(0, (int)_pending.Length).IndexOf("\r\n\r\n"u8);

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                return int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new InvalidDataException("Only requests with a Content-Length are understood.");
    }
}
