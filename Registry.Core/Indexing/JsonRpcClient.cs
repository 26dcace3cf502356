using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Registry.Core.Chain;

namespace Registry.Core.Indexing;

/// <summary>
/// JSON-RPC over a plain <see cref="HttpClient"/>: single calls and batches, each answer read into a pooled buffer
/// (at most <paramref name="maxAnswerBytes"/>) and parsed with <see cref="Utf8JsonReader"/>. A node that cannot be
/// reached is a <see cref="ChainUnavailableException"/>; an error it answers with is a <see cref="JsonRpcErrorException"/>.
/// </summary>
internal sealed class JsonRpcClient(HttpClient http, string url, int maxAnswerBytes)
{
    /// <summary>Calls in one batch request at most (geth refuses more than 1,000).</summary>
    public const int MaxBatch = 500;

    /// <param name="parameters">The params array, as JSON.</param>
    public async Task<T> CallAsync<T>(string method, string parameters, JsonRpcResultReader<T> read, CancellationToken cancellationToken)
    {
        var (buffer, length) = await PostAsync($$"""{"jsonrpc":"2.0","id":0,"method":"{{method}}","params":{{parameters}}}""", cancellationToken);
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length));
            reader.Read();
            return ReadAnswer(ref reader, read).Result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The same method with each of <paramref name="parameters"/>, in batches of <see cref="MaxBatch"/>; the results in the same order.</summary>
    public async Task<T[]> BatchAsync<T>(string method, IReadOnlyList<string> parameters, JsonRpcResultReader<T> read, CancellationToken cancellationToken)
    {
        var results = new T[parameters.Count];
        for (var start = 0; start < parameters.Count; start += MaxBatch)
        {
            var count = Math.Min(MaxBatch, parameters.Count - start);
            var body = new StringBuilder("[");
            for (var i = 0; i < count; i++)
                body.Append(i == 0 ? "" : ",").Append($$"""{"jsonrpc":"2.0","id":{{i}},"method":"{{method}}","params":{{parameters[start + i]}}}""");
            var (buffer, length) = await PostAsync(body.Append(']').ToString(), cancellationToken);
            try
            {
                ReadBatch(buffer.AsSpan(0, length), results.AsSpan(start, count), read);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        return results;
    }

    private static void ReadBatch<T>(ReadOnlySpan<byte> json, Span<T> results, JsonRpcResultReader<T> read)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        // A node answers a batch it refuses as a whole with one error object.
        if (reader.TokenType == JsonTokenType.StartObject) ReadAnswer(ref reader, read);
        if (reader.TokenType != JsonTokenType.StartArray) throw new FormatException("The node's answer to a batch is not an array.");
        var answered = new bool[results.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var (id, result) = ReadAnswer(ref reader, read);
            if (id is not { } i || i < 0 || i >= results.Length || answered[i]) throw new FormatException($"The node answered a batch with an unexpected id {id}.");
            results[i] = result;
            answered[i] = true;
        }
        if (answered.Contains(false)) throw new FormatException("The node left calls of a batch unanswered.");
    }

    /// <summary>One answer object: its id and result, or the error it carries thrown.</summary>
    private static (int? Id, T Result) ReadAnswer<T>(ref Utf8JsonReader reader, JsonRpcResultReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new FormatException("The node's answer is not a JSON-RPC object.");
        int? id = null;
        T result = default!;
        var hasResult = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("result"u8))
            {
                result = read(ref reader);
                hasResult = true;
            }
            else if (name.ValueTextEquals("error"u8)) throw ReadError(ref reader);
            else if (name.ValueTextEquals("id"u8) && reader.TokenType == JsonTokenType.Number) id = reader.GetInt32();
            else reader.Skip();
        }
        return hasResult ? (id, result) : throw new FormatException("The node's answer has neither a result nor an error.");
    }

    private static JsonRpcErrorException ReadError(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return new JsonRpcErrorException(null, reader.TokenType == JsonTokenType.String ? reader.GetString()! : "unknown error");
        int? code = null;
        var message = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("code"u8) && reader.TokenType == JsonTokenType.Number) code = reader.GetInt32();
            else if (name.ValueTextEquals("message"u8) && reader.TokenType == JsonTokenType.String) message = reader.GetString()!;
            else reader.Skip();
        }
        return new JsonRpcErrorException(code, message);
    }

    /// <returns>A buffer from <see cref="ArrayPool{T}.Shared"/> holding the answer's body; the caller returns it.</returns>
    private async Task<(byte[] Buffer, int Length)> PostAsync(string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
                throw new JsonRpcErrorException(null, "the answer is too large (HTTP 413)", answerTooLarge: true);
            if (response.Content.Headers.ContentLength > maxAnswerBytes) throw TooLarge();
            var (buffer, length) = await ReadBodyAsync(response.Content, (int)(response.Content.Headers.ContentLength ?? 64 * 1024), cancellationToken);
            if (response.IsSuccessStatusCode) return (buffer, length);
            try
            {
                // Some nodes answer errors with an HTTP error status and the JSON-RPC error in the body.
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length));
                if (reader.Read() && reader.TokenType == JsonTokenType.StartObject) ReadAnswer<object?>(ref reader, static (ref Utf8JsonReader r) => { r.Skip(); return null; });
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            throw new ChainUnavailableException($"The chain node answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ChainUnavailableException($"The chain node cannot be reached: {RootMessage(e)}", e);
        }
    }

    private async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpContent content, int expected, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(expected, 4096));
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length < buffer.Length) continue;
                if (length >= maxAnswerBytes) throw TooLarge();
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, maxAnswerBytes + 1L));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private JsonRpcErrorException TooLarge() => new(null, $"the answer is larger than {maxAnswerBytes:N0} bytes", answerTooLarge: true);

    private static string RootMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }
}
