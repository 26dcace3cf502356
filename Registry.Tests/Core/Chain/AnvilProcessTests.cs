using Nethereum.Web3;
using Registry.Core.Chain;

namespace Registry.Tests.Core.Chain;

/// <summary>The anvil nodes the app and the tests start.</summary>
public sealed class AnvilProcessTests
{
    private static readonly string StateHistoryFolder =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".foundry", "anvil", "tmp");

    /// <remarks>
    /// Without pruning, 1,000 blocks already put 77 MB of block states in ~/.foundry/anvil/tmp, which a killed node never
    /// deletes: a test run left 16 GB there and filled the disk.
    /// </remarks>
    [Fact]
    public async Task StartAsync_MiningPastTheKeptHistory_WritesNoBlockStatesToDisk()
    {
        var before = Folders();
        await using (var anvil = await AnvilProcess.StartAsync())
        {
            await new Web3(anvil.RpcUrl).Client.SendRequestAsync<object>("anvil_mine", null, "0x3e8");
            Assert.Equal(1_000, (long)(await new Web3(anvil.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value);
            Assert.Empty(Folders().Except(before));
        }
    }

    private static HashSet<string> Folders() =>
        Directory.Exists(StateHistoryFolder) ? Directory.GetDirectories(StateHistoryFolder).ToHashSet() : [];
}
