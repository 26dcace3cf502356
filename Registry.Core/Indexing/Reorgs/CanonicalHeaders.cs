using Nethereum.Hex.HexTypes;
using Nethereum.Web3;

namespace Registry.Core.Indexing.Reorgs;

/// <summary>Block headers as the node's canonical chain has them now.</summary>
internal static class CanonicalHeaders
{
    /// <returns>The header, or null when the chain has no block of that number (it got shorter).</returns>
    public static async Task<BlockHeader?> ReadAsync(Web3 web3, long number, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
        return block is null ? null : new BlockHeader((long)block.Number.Value, block.BlockHash, block.ParentHash);
    }
}
