using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/1.1 proxy (real TCP on 127.0.0.1) in front of a JSON-RPC node, which fails requests on demand: HTTP
/// 500, JSON-RPC errors, delays, dropped connections. Its URL stays the same when the node behind it moves (a restarted
/// node on a new port), and a node that is down shows as dropped connections. A hook sees each call's method before it is
/// forwarded, so a test can change the chain at an exact moment of the indexer's work.
/// </summary>
public sealed class FaultyRpcProxy : LoopbackRpcProxy
{
    private readonly HttpClient _upstream = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly Lock _lock = new();
    private RpcFault _mode;
    private int _faultsLeft;
    private int _faultsInjected;

    public FaultyRpcProxy(string upstreamUrl)
    {
        Upstream = upstreamUrl;
        Start();
    }

    /// <summary>The node requests go to; change it when the node restarts elsewhere.</summary>
    public string Upstream { get; set; }

    /// <summary>How long <see cref="RpcFault.Delay"/> holds a request.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Called with each call's method (each of a batch's) before the request is forwarded; requests wait for it.</summary>
    public Func<string, Task>? BeforeForward { get; set; }

    /// <summary>How many requests were answered with a fault so far.</summary>
    public int FaultsInjected => Volatile.Read(ref _faultsInjected);

    /// <summary>Applies <paramref name="fault"/> to every request from now on (<see cref="RpcFault.None"/> to stop).</summary>
    public void Fail(RpcFault fault)
    {
        lock (_lock) (_mode, _faultsLeft) = (fault, int.MaxValue);
    }

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="requests"/> requests, then forwards again.</summary>
    public void Fail(RpcFault fault, int requests)
    {
        lock (_lock) (_mode, _faultsLeft) = (fault, requests);
    }

    /// <summary>How many calls of <paramref name="method"/> reached the proxy.</summary>
    public int Calls(string method) => _calls.GetValueOrDefault(method);

    protected override void DisposeUpstream() => _upstream.Dispose();

    protected override async Task<bool> AnswerAsync(NetworkStream stream, byte[] body)
    {
        var request = JsonNode.Parse(body);
        var calls = request is JsonArray batch ? batch.Select(c => c!).ToArray() : [request!];
        foreach (var call in calls) _calls.AddOrUpdate((string?)call["method"] ?? "", 1, (_, n) => n + 1);

        switch (NextFault())
        {
            case RpcFault.Http500:
                await WriteAsync(stream, 500, "Internal Server Error", "text/plain", "injected fault"u8.ToArray());
                return true;
            case RpcFault.JsonRpcError:
                var errors = calls.Select(c => new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["id"] = c["id"]?.DeepClone(),
                    ["error"] = new JsonObject { ["code"] = -32603, ["message"] = "injected fault" },
                }).ToArray();
                JsonNode answer = request is JsonArray ? new JsonArray(errors) : errors[0];
                await WriteAsync(stream, 200, "OK", "application/json", Encoding.UTF8.GetBytes(answer.ToJsonString()));
                return true;
            case RpcFault.CloseConnection:
                return false;
            case RpcFault.Delay:
                await Task.Delay(Delay, Stopping);
                break;
        }

        if (BeforeForward is { } hook)
            foreach (var call in calls) await hook((string?)call["method"] ?? "");
        HttpResponseMessage response;
        try
        {
            response = await _upstream.PostAsync(Upstream, new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } }, Stopping);
        }
        catch (HttpRequestException)
        {
            return false; // the node is down: the caller sees its connection dropped
        }
        using (response)
        {
            var content = await response.Content.ReadAsByteArrayAsync(Stopping);
            await WriteAsync(stream, (int)response.StatusCode, response.ReasonPhrase ?? "", "application/json", content);
        }
        return true;
    }

    private RpcFault NextFault()
    {
        lock (_lock)
        {
            if (_mode == RpcFault.None || _faultsLeft <= 0) return RpcFault.None;
            if (_faultsLeft != int.MaxValue) _faultsLeft--;
            _faultsInjected++;
            return _mode;
        }
    }
}
