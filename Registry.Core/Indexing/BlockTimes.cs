using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace Registry.Core.Indexing;

/// <summary>The timestamps of the blocks a batch of logs came from, each read from the node once.</summary>
internal sealed class BlockTimes(Web3 web3)
{
    private readonly Dictionary<long, DateTimeOffset> _times = [];

    public async Task<DateTimeOffset> OfAsync(FilterLog log, CancellationToken cancellationToken)
    {
        var number = (long)log.BlockNumber.Value;
        if (_times.TryGetValue(number, out var time)) return time;
        cancellationToken.ThrowIfCancellationRequested();
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(number));
        time = DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value);
        _times[number] = time;
        return time;
    }
}
