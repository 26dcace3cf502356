using System.Text.RegularExpressions;

namespace Registry.Core.Indexing;

/// <summary>The node answered a JSON-RPC call with an error (or with more than the client will read).</summary>
/// <param name="code">The JSON-RPC error code, when the node gave one.</param>
/// <param name="nodeMessage">What the node said.</param>
/// <param name="answerTooLarge">The answer was refused for its size before the node could say why (HTTP 413, or over the client's limit).</param>
internal sealed partial class JsonRpcErrorException(int? code, string nodeMessage, bool answerTooLarge = false)
    : Exception($"The chain node answered with an error: {nodeMessage}{(code is null ? "" : $" (code {code})")}")
{
    public int? Code { get; } = code;

    public string NodeMessage { get; } = nodeMessage;

    /// <summary>
    /// Whether a smaller block range may pass: the node said the query returned too many results or too large an
    /// answer (geth and Infura: -32005 "query returned more than 10000 results"; Alchemy "Log response size exceeded";
    /// others "block range is too wide", "exceed maximum block range"), or the answer was too large to read. Rate
    /// limits, which Infura also reports as -32005, are not about the range.
    /// </summary>
    public bool RangeTooLarge => answerTooLarge || (!RateLimit().IsMatch(NodeMessage) && (Code == -32005 || TooMuch().IsMatch(NodeMessage)));

    [GeneratedRegex("more than|too many|too large|too wide|too big|exceed|limit|maximum|response size", RegexOptions.IgnoreCase)]
    private static partial Regex TooMuch();

    [GeneratedRegex("rate", RegexOptions.IgnoreCase)]
    private static partial Regex RateLimit();
}
