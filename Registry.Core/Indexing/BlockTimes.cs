using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace Registry.Core.Indexing;

/// <summary>The timestamps of the blocks a batch of logs came from: those the range brought along, others read from the node once each.</summary>
internal sealed class BlockTimes(Web3 web3, IReadOnlyDictionary<long, DateTimeOffset>? known = null)
{
    private readonly Dictionary<long, DateTimeOffset> _times = known is null ? [] : new Dictionary<long, DateTimeOffset>(known);

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
