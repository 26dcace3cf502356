using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;

namespace Registry.Core.ContentStore;

/// <summary>Words the ways a call to a node can fail for a person to read: what went wrong and where, without a stack trace.</summary>
internal static class KuboFailure
{
    public const string StreamErrorTrailer = "X-Stream-Error";
    private const int MaxErrorBodyChars = 4096;

    public static ContentStoreUnavailableException Unreachable(string node, HttpRequestException exception) =>
        new($"The IPFS node at {node} cannot be reached: {Reason(exception)}.", exception);

    public static ContentStoreUnavailableException NoAnswer(string node, TimeSpan timeout, Exception exception) =>
        new($"The IPFS node at {node} did not answer within {Describe(timeout)}.", exception);

    public static ContentStoreUnavailableException BrokeOff(string node, IOException exception) =>
        new($"The IPFS node at {node} broke off the connection: {exception.Message.TrimEnd('.')}.", exception);

    public static ContentStoreUnavailableException ErrorAnswer(string node, string activity, string message) =>
        new($"The IPFS node at {node} could not {activity}: {message.TrimEnd('.')}.");

    public static ContentStoreUnavailableException UnreadableAnswer(string node, string activity) =>
        new($"The IPFS node at {node} gave an answer that cannot be read when asked to {activity}.");

    /// <summary>The node's own error message (<c>{"Message": …}</c>), or the HTTP status with a hint when the answer is not the RPC API's.</summary>
    public static async Task<string> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > MaxErrorBodyChars) body = body[..MaxErrorBodyChars];
        var message = MessageOf(body);
        if (message is not null) return message;
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        return (int)response.StatusCode is 404 or 405
            ? $"{status} (is this the address of its RPC API, usually port 5001?)"
            : status;
    }

    /// <summary>The error a node reports in the trailer of an answer it had already begun to stream, if any.</summary>
    public static string? StreamError(HttpResponseMessage response)
    {
        if (!response.TrailingHeaders.TryGetValues(StreamErrorTrailer, out var values)) return null;
        var value = string.Join(" ", values);
        return string.IsNullOrWhiteSpace(value) ? null : MessageOf(value) ?? value;
    }

    public static bool IsMissingContent(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase)
        || message.Contains("could not find", StringComparison.OrdinalIgnoreCase)
        || message.Contains("timed out", StringComparison.OrdinalIgnoreCase)
        || message.Contains("deadline exceeded", StringComparison.OrdinalIgnoreCase);

    /// <summary>A duration as the node's <c>timeout</c> argument takes it (Go's duration syntax).</summary>
    public static string AsArgument(TimeSpan timeout) =>
        ((long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms";

    private static string? MessageOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("Message", out var message)
                && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Reason(HttpRequestException exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket) return socket.Message.TrimEnd('.');
        }
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "its host name cannot be resolved",
            HttpRequestError.ResponseEnded => "it closed the connection before answering",
            HttpRequestError.SecureConnectionError => "the TLS connection failed",
            _ => exception.Message.TrimEnd('.'),
        };
    }

    private static string Describe(TimeSpan timeout) =>
        timeout == TimeSpan.FromSeconds(1)
            ? "1 second"
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} seconds");
}
