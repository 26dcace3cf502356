using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/1.1 proxy (real TCP on 127.0.0.1) in front of a JSON-RPC node that, like geth and Infura, refuses an
/// eth_getLogs whose answer holds more than a limit of logs: JSON-RPC error -32005 "query returned more than N
/// results". Every other call goes through unchanged. It records each eth_getLogs range and what it answered, and how
/// many eth_getLogs calls were in flight at once at most.
/// </summary>
public sealed class LogLimitProxy : LoopbackRpcProxy
{
    private readonly HttpClient _upstream = new();
    private readonly ConcurrentQueue<LogQuery> _queries = new();
    private readonly string _upstreamUrl;
    private readonly int _maxLogs;
    private int _logQueriesInFlight;
    private int _mostLogQueriesInFlight;

    public LogLimitProxy(string upstreamUrl, int maxLogs)
    {
        _upstreamUrl = upstreamUrl;
        _maxLogs = maxLogs;
        Start();
    }

    /// <summary>The eth_getLogs calls so far, in the order they were answered.</summary>
    public IReadOnlyList<LogQuery> Queries => _queries.ToArray();

    /// <summary>The most eth_getLogs calls that were being answered at the same time.</summary>
    public int MostLogQueriesInFlight => Volatile.Read(ref _mostLogQueriesInFlight);

    protected override void DisposeUpstream() => _upstream.Dispose();

    protected override async Task<bool> AnswerAsync(NetworkStream stream, byte[] body)
    {
        var call = JsonNode.Parse(body) as JsonObject;
        var isLogQuery = (string?)call?["method"] == "eth_getLogs";
        if (isLogQuery)
        {
            var inFlight = Interlocked.Increment(ref _logQueriesInFlight);
            lock (_queries) _mostLogQueriesInFlight = Math.Max(_mostLogQueriesInFlight, inFlight);
        }
        try
        {
            await ForwardAsync(stream, body, isLogQuery ? call : null);
        }
        finally
        {
            if (isLogQuery) Interlocked.Decrement(ref _logQueriesInFlight);
        }
        return true;
    }

    private async Task ForwardAsync(NetworkStream stream, byte[] body, JsonObject? logQuery)
    {
        using var response = await _upstream.PostAsync(_upstreamUrl, new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } }, Stopping);
        var content = await response.Content.ReadAsByteArrayAsync(Stopping);
        if (logQuery is { } call)
        {
            var filter = call["params"]![0]!;
            var (from, to) = (Quantity(filter["fromBlock"]), Quantity(filter["toBlock"]));
            var logs = (JsonNode.Parse(content)?["result"] as JsonArray)?.Count;
            if (logs > _maxLogs)
            {
                _queries.Enqueue(new LogQuery(from, to, null));
                var refusal = new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["id"] = call["id"]?.DeepClone(),
                    ["error"] = new JsonObject { ["code"] = -32005, ["message"] = $"query returned more than {_maxLogs} results" },
                };
                content = Encoding.UTF8.GetBytes(refusal.ToJsonString());
            }
            else _queries.Enqueue(new LogQuery(from, to, logs));
        }
        await WriteAsync(stream, 200, "OK", "application/json", content);
    }

    private static long Quantity(JsonNode? hex) => long.Parse(((string)hex!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
