using System.Numerics;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>Registrations in bulk: registerBatch transactions of dev account #0, each mined in a block of its own (two logs per work).</summary>
internal static class RegistryBatches
{
    public static readonly string Creator = new Nethereum.Web3.Accounts.Account(ChainOptions.DevChainSignerKey).Address.ToLowerInvariant();

    /// <returns>The blocks of the first and the last transaction.</returns>
    public static async Task<(long FirstBlock, long LastBlock)> RegisterAsync(AnvilFixture anvil, string registry, int transactions, int worksPerTransaction)
    {
        var handler = anvil.CreateWeb3().Eth.GetContractTransactionHandler<RegisterBatchFunction>();
        var salt = Guid.NewGuid();
        long first = 0, last = 0;
        for (var t = 0; t < transactions; t++)
        {
            var batch = new RegisterBatchFunction
            {
                Registrations = Enumerable.Range(0, worksPerTransaction)
                    .Select(i => TestWorks.Registration($"batch {salt} {t} {i}", (Creator, TestWorks.WholeShare))).ToList(),
            };
            var receipt = await handler.SendRequestAndWaitForReceiptAsync(registry, batch);
            Assert.Equal(BigInteger.One, receipt.Status.Value);
            last = (long)receipt.BlockNumber.Value;
            if (t == 0) first = last;
        }
        return (first, last);
    }
}
