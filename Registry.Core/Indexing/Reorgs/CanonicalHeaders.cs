using Nethereum.Hex.HexTypes;
using Nethereum.Web3;

namespace Registry.Core.Indexing.Reorgs;

/// <summary>Block headers as the node's canonical chain has them now.</summary>
internal static class CanonicalHeaders
{
    private const int ConcurrentRequests = 8;

    /// <returns>The header, or null when the chain has no block of that number (it got shorter).</returns>
    public static async Task<BlockHeader?> ReadAsync(Web3 web3, long number, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
        return block is null ? null : new BlockHeader((long)block.Number.Value, block.BlockHash, block.ParentHash);
    }

    /// <summary>The headers of blocks <paramref name="from"/> to <paramref name="to"/>, a few requests at a time.</summary>
    /// <exception cref="ChainReorganizedException">One of them is no longer there: the chain got shorter meanwhile.</exception>
    public static async Task<IReadOnlyList<BlockHeader>> ReadRangeAsync(Web3 web3, long from, long to, CancellationToken cancellationToken)
    {
        var headers = new List<BlockHeader>();
        for (var start = from; start <= to; start += ConcurrentRequests)
        {
            var numbers = Enumerable.Range(0, (int)Math.Min(ConcurrentRequests, to - start + 1)).Select(i => start + i).ToArray();
            var read = await Task.WhenAll(numbers.Select(n => ReadAsync(web3, n, cancellationToken)));
            for (var i = 0; i < numbers.Length; i++)
                headers.Add(read[i] ?? throw new ChainReorganizedException($"Block {numbers[i]} is no longer on the chain."));
        }
        return headers;
    }
}
