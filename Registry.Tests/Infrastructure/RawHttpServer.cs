using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A loopback TCP server for node failures that a real node cannot be made to produce on demand. It reads each
/// request's headers and then writes <c>rawAnswer</c> byte for byte (when given), and otherwise just reads on without
/// answering, like a hung node.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[]? _answer;
    private readonly Task _accepting;

    public RawHttpServer(string? rawAnswer = null)
    {
        _answer = rawAnswer is null ? null : Encoding.ASCII.GetBytes(rawAnswer);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accepting; }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var buffer = new byte[64 * 1024];
            var received = new StringBuilder();
            var answered = false;
            try
            {
                var stream = client.GetStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    if (_answer is null || answered) continue;
                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    if (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal)) continue;
                    await stream.WriteAsync(_answer, _stop.Token);
                    answered = true;
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
            }
        }
    }
}
