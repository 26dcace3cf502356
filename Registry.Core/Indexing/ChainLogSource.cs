using System.Globalization;
using Registry.Core.Chain;

namespace Registry.Core.Indexing;

/// <summary>The indexer's reads from the node, as raw JSON-RPC: the head, the logs of a block range, block headers in batches.</summary>
internal sealed class ChainLogSource(JsonRpcClient rpc)
{
    public Task<long> BlockNumberAsync(CancellationToken cancellationToken) =>
        rpc.CallAsync("eth_blockNumber", "[]", ChainJson.ReadQuantity, cancellationToken);

    /// <exception cref="JsonRpcErrorException">The node refused; <see cref="JsonRpcErrorException.RangeTooLarge"/> says whether a smaller range may pass.</exception>
    public Task<List<RawLog>> GetLogsAsync(IReadOnlyList<string> addresses, long fromBlock, long toBlock, CancellationToken cancellationToken)
    {
        var filter = $$"""[{"address":[{{string.Join(",", addresses.Select(a => $"\"{a}\""))}}],"fromBlock":"{{Hex.FormatQuantity(fromBlock)}}","toBlock":"{{Hex.FormatQuantity(toBlock)}}"}]""";
        return rpc.CallAsync("eth_getLogs", filter, ChainJson.ReadLogs, cancellationToken);
    }

    /// <summary>The header of a block, or null when the chain has no block of that number (any more).</summary>
    public Task<RawBlockHeader?> GetHeaderAsync(long number, CancellationToken cancellationToken) =>
        rpc.CallAsync("eth_getBlockByNumber", $"[\"{Hex.FormatQuantity(number)}\",false]", ChainJson.ReadHeader, cancellationToken);

    /// <summary>The headers of the blocks, in batched calls.</summary>
    /// <exception cref="ChainUnavailableException">The node has no block of one of those numbers (its chain is shorter now).</exception>
    public async Task<IReadOnlyList<RawBlockHeader>> GetHeadersAsync(IReadOnlyList<long> numbers, CancellationToken cancellationToken)
    {
        var parameters = numbers.Select(n => $"[\"{Hex.FormatQuantity(n)}\",false]").ToList();
        var headers = await rpc.BatchAsync("eth_getBlockByNumber", parameters, ChainJson.ReadHeader, cancellationToken);
        for (var i = 0; i < headers.Length; i++)
            if (headers[i] is null || headers[i]!.Number != numbers[i])
                throw new ChainUnavailableException($"The chain node has no block {numbers[i].ToString(CultureInfo.InvariantCulture)} any more: the chain was reorganised while it was read.");
        return headers!;
    }
}
