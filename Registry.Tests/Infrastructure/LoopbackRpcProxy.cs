using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/1.1 server (real TCP on 127.0.0.1) in front of a JSON-RPC node: accepts connections, reads each
/// request's body and lets the subclass answer it (forwarding, refusing or failing it), keeping the connection open
/// until the subclass says to close it.
/// </summary>
public abstract class LoopbackRpcProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _accepting;

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Cancelled when the proxy is disposed.</summary>
    protected CancellationToken Stopping => _stop.Token;

    /// <summary>Starts listening; the subclass calls it once its fields are set.</summary>
    protected void Start()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <returns>False when the connection is to be closed.</returns>
    protected abstract Task<bool> AnswerAsync(NetworkStream stream, byte[] body);

    /// <summary>Writes one response; head and body in one write, as apart they would wait out the client's delayed acknowledgement (Nagle).</summary>
    protected async Task WriteAsync(NetworkStream stream, int status, string reason, string contentType, byte[] content)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {content.Length}\r\n\r\n");
        await stream.WriteAsync(head.Concat(content).ToArray(), _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { if (_accepting is not null) await _accepting; }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
        DisposeUpstream();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the subclass uses to reach the node.</summary>
    protected abstract void DisposeUpstream();

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
            client.NoDelay = true;
            try
            {
                var stream = client.GetStream();
                var reader = new HttpRequestReader(stream);
                while (await reader.ReadBodyAsync(_stop.Token) is { } body)
                {
                    if (!await AnswerAsync(stream, body)) return;
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or InvalidDataException)
            {
            }
        }
    }
}
