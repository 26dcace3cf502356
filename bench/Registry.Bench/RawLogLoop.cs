using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Registry.Bench;

/// <summary>
/// The floor an indexer is measured against: eth_getLogs over block ranges with a plain <see cref="HttpClient"/>, the
/// answer read token by token with <see cref="Utf8JsonReader"/> and thrown away, one range after the other.
/// </summary>
internal sealed class RawLogLoop(string rpcUrl, IReadOnlyList<string> addresses)
{
    /// <returns>The number of logs read.</returns>
    public async Task<long> RunAsync(long firstBlock, long lastBlock, int blocksPerRange)
    {
        using var http = new HttpClient();
        long logs = 0;
        for (var from = firstBlock; from <= lastBlock; from += blocksPerRange)
        {
            var to = Math.Min(from + blocksPerRange - 1, lastBlock);
            using var content = new StringContent(Request(from, to), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(rpcUrl, content);
            response.EnsureSuccessStatusCode();
            logs += CountLogs(await response.Content.ReadAsByteArrayAsync());
        }
        return logs;
    }

    private string Request(long from, long to) =>
        $$"""{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{"address":[{{string.Join(",", addresses.Select(a => $"\"{a}\""))}}],"fromBlock":"0x{{from.ToString("x", CultureInfo.InvariantCulture)}}","toBlock":"0x{{to.ToString("x", CultureInfo.InvariantCulture)}}"}]}""";

    /// <summary>Reads every token; a log is an object two levels down (the answer, then its result array).</summary>
    private static long CountLogs(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        long logs = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2) logs++;
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("error"u8))
                throw new InvalidOperationException($"eth_getLogs failed: {Encoding.UTF8.GetString(body)}");
        }
        return logs;
    }
}
