using Nethereum.Contracts;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Contracts;

/// <summary>Gas is a requirement of the registry: these fail when a change makes registration cost more than its goal.</summary>
[Collection("chain")]
public sealed class WorkRegistryGasTests(AnvilFixture chain)
{
    [Fact]
    public async Task Register_ByAnAccountThatHoldsAWork_CostsAtMost100000Gas()
    {
        var registry = new WorkRegistryService(chain.CreateWeb3(), await chain.DeployWorkRegistryAsync());
        var creator = registry.Web3.TransactionManager.Account.Address;
        await registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register("first", (creator, TestWorks.WholeShare)));

        var receipt = await registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register("second", (creator, TestWorks.WholeShare)));

        Assert.InRange(receipt.GasUsed.Value, 21_000, 100_000);
    }

    [Fact]
    public async Task RegisterBatch_OfOneHundredWorks_CostsAtMost60000GasPerWork()
    {
        var registry = new WorkRegistryService(chain.CreateWeb3(), await chain.DeployWorkRegistryAsync());
        var creator = registry.Web3.TransactionManager.Account.Address;
        var batch = new RegisterBatchFunction
        {
            Registrations = Enumerable.Range(0, 100).Select(i => TestWorks.Registration($"work {i}", (creator, TestWorks.WholeShare))).ToList(),
        };

        var receipt = await registry.RegisterBatchRequestAndWaitForReceiptAsync(batch);

        Assert.Equal(100, receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Count);
        Assert.InRange(receipt.GasUsed.Value / 100, 0, 60_000);
    }
}
