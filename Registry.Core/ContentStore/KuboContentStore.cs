using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Registry.Core.Fingerprints;

namespace Registry.Core.ContentStore;

/// <summary>
/// The content store on an IPFS node, spoken to over the Kubo RPC API (which js-ipfs also serves). Every call is a
/// POST. Content is added as CIDv1 with raw leaves and 256 KiB chunks, the layout the embedded store reproduces, and
/// stays pinned.
/// </summary>
public sealed class KuboContentStore : IContentStore
{
    private const string AddArguments =
        "cid-version=1&cid-base=base32&raw-leaves=true&chunker=size-262144&hash=sha2-256&trickle=false&pin=true&progress=false";
    private const int UploadBufferSize = 256 * 1024;

    private readonly HttpClient _http;
    private readonly IpfsOptions _options;
    private readonly string _node;

    /// <param name="http">Its <see cref="HttpClient.Timeout"/> should be infinite: the store applies the timeouts of <paramref name="options"/> itself.</param>
    public KuboContentStore(HttpClient http, IOptions<IpfsOptions> options)
    {
        _http = http;
        _options = options.Value;
        if (string.IsNullOrWhiteSpace(_options.ApiUrl))
            throw new InvalidOperationException($"{IpfsOptions.Section}:{nameof(IpfsOptions.ApiUrl)} is not set, so there is no IPFS node to talk to.");
        _node = KuboApiAddress.Parse(_options.ApiUrl);
    }

    /// <summary>The node's RPC API, e.g. <c>http://127.0.0.1:5001</c>.</summary>
    public string Node => _node;

    public async Task<Cid> AddAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        const string activity = "add the content";
        UploadSourceStream? source = null;
        try
        {
            return await CallAsync(_options.RequestTimeout, cancellationToken, async deadline =>
            {
                source = new UploadSourceStream(content, deadline, _options.RequestTimeout);
                using var file = new StreamContent(source, UploadBufferSize);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                using var form = new MultipartFormDataContent { { file, "file", "content" } };
                using var response = await PostAsync("add", AddArguments, form, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                await EnsureSuccessAsync(response, activity, deadline.Token);
                return await ReadAddedCidAsync(response, activity, deadline.Token);
            });
        }
        catch (ContentStoreUnavailableException) when (source?.SourceFailure is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
            throw;
        }
    }

    /// <remarks>
    /// The node is given no <c>timeout</c> argument: it would apply to the whole transfer and cut off a reader slower
    /// than the timeout. Instead the node must begin to answer within <see cref="IpfsOptions.ContentLookupTimeout"/>;
    /// giving up closes the connection, which stops the node's search.
    /// </remarks>
    public async Task<Stream> OpenReadAsync(Cid cid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cid);
        var activity = $"read {cid}";
        try
        {
            return await CallAsync(_options.ContentLookupTimeout, cancellationToken, async deadline =>
            {
                var response = await PostAsync("cat", $"arg={cid}", null, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                try
                {
                    await EnsureFoundAsync(response, cid, activity, deadline.Token);
                    var body = await response.Content.ReadAsStreamAsync(deadline.Token);
                    return (Stream)new KuboContentStream(response, body, _node, cid);
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            });
        }
        catch (ContentStoreUnavailableException e) when (e.InnerException is OperationCanceledException)
        {
            throw new ContentNotFoundException(cid);
        }
    }

    public async Task PinAsync(Cid cid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cid);
        var lookup = _options.ContentLookupTimeout;
        await CallAsync(lookup + _options.RequestTimeout, cancellationToken, async deadline =>
        {
            using var response = await PostAsync("pin/add", $"arg={cid}&recursive=true&timeout={KuboFailure.AsArgument(lookup)}", null, HttpCompletionOption.ResponseContentRead, deadline.Token);
            await EnsureFoundAsync(response, cid, $"pin {cid}", deadline.Token);
            return true;
        });
    }

    public Task<bool> ContainsAsync(Cid cid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cid);
        var activity = $"list the pins of {cid}";
        return CallAsync(_options.RequestTimeout, cancellationToken, async deadline =>
        {
            using var response = await PostAsync("pin/ls", $"arg={cid}&type=recursive", null, HttpCompletionOption.ResponseContentRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                var message = await KuboFailure.ReadErrorMessageAsync(response, deadline.Token);
                if (message.Contains("not pinned", StringComparison.OrdinalIgnoreCase)) return false;
                throw KuboFailure.ErrorAnswer(_node, activity, message);
            }
            using var answer = await ReadJsonAsync(response, activity, deadline.Token);
            return answer.RootElement.TryGetProperty("Keys", out var keys)
                && keys.ValueKind == JsonValueKind.Object
                && keys.EnumerateObject().Any(key => Cid.TryParse(key.Name, out var pinned) && pinned.Equals(cid));
        });
    }

    /// <summary>The node's software version (<c>version</c>), e.g. <c>0.32.1</c>; a cheap health check.</summary>
    public Task<string> GetVersionAsync(CancellationToken cancellationToken) =>
        GetStringPropertyAsync("version", "Version", "report its version", cancellationToken);

    /// <summary>The node's peer ID (<c>id</c>).</summary>
    public Task<string> GetPeerIdAsync(CancellationToken cancellationToken) =>
        GetStringPropertyAsync("id", "ID", "report its identity", cancellationToken);

    private Task<string> GetStringPropertyAsync(string command, string property, string activity, CancellationToken cancellationToken) =>
        CallAsync(_options.RequestTimeout, cancellationToken, async deadline =>
        {
            using var response = await PostAsync(command, "", null, HttpCompletionOption.ResponseContentRead, deadline.Token);
            await EnsureSuccessAsync(response, activity, deadline.Token);
            using var answer = await ReadJsonAsync(response, activity, deadline.Token);
            return answer.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw KuboFailure.UnreadableAnswer(_node, activity);
        });

    /// <summary>Runs one call under a deadline and turns transport failures into <see cref="ContentStoreUnavailableException"/>; the caller's cancellation passes through.</summary>
    private async Task<T> CallAsync<T>(TimeSpan timeout, CancellationToken cancellationToken, Func<CancellationTokenSource, Task<T>> call)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await call(deadline);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw KuboFailure.NoAnswer(_node, timeout, e);
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw KuboFailure.Unreachable(_node, e);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw KuboFailure.BrokeOff(_node, e);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string command, string arguments, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{_node}/api/v0/{command}{(arguments.Length == 0 ? "" : "?" + arguments)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        return await _http.SendAsync(request, completion, cancellationToken);
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string activity, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        throw KuboFailure.ErrorAnswer(_node, activity, await KuboFailure.ReadErrorMessageAsync(response, cancellationToken));
    }

    private async Task EnsureFoundAsync(HttpResponseMessage response, Cid cid, string activity, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var message = await KuboFailure.ReadErrorMessageAsync(response, cancellationToken);
        if (KuboFailure.IsMissingContent(message)) throw new ContentNotFoundException(cid);
        throw KuboFailure.ErrorAnswer(_node, activity, message);
    }

    /// <summary>The answer to <c>add</c> is one JSON object per line; the last one with a <c>Hash</c> names the root.</summary>
    private async Task<Cid> ReadAddedCidAsync(HttpResponseMessage response, string activity, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        string? hash = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var entry = ParseJson(line, activity);
            if (entry.RootElement.TryGetProperty("Hash", out var value) && value.ValueKind == JsonValueKind.String)
                hash = value.GetString();
        }
        if (KuboFailure.StreamError(response) is { } error) throw KuboFailure.ErrorAnswer(_node, activity, error);
        return Cid.TryParse(hash, out var cid) ? cid : throw KuboFailure.UnreadableAnswer(_node, activity);
    }

    private async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, string activity, CancellationToken cancellationToken) =>
        ParseJson(await response.Content.ReadAsStringAsync(cancellationToken), activity);

    private JsonDocument ParseJson(string json, string activity)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
            document.Dispose();
        }
        catch (JsonException)
        {
        }
        throw KuboFailure.UnreadableAnswer(_node, activity);
    }
}
