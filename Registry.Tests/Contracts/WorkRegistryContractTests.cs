using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Contracts;

/// <summary>The WorkRegistry contract through its generated bindings, against a real anvil node.</summary>
[Collection("chain")]
public sealed class WorkRegistryContractTests(AnvilFixture chain)
{
    private const string CoAuthor = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string Publisher = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    [Fact]
    public async Task Register_WithOneRecipient_EmitsWorkRegisteredWithEveryField()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        var message = TestWorks.Register("a poem", (creator, TestWorks.WholeShare));

        var receipt = await registry.RegisterRequestAndWaitForReceiptAsync(message);

        var registered = Assert.Single(receipt.DecodeAllEvents<WorkRegisteredEventDTO>()).Event;
        Assert.Equal(BigInteger.One, registered.WorkId);
        Assert.Equal(message.ContentHash, registered.ContentHash);
        Assert.Equal(creator, registered.Creator, ignoreCase: true);
        Assert.Equal(message.ContentCid, registered.ContentCid);
        Assert.Equal(message.MetadataCid, registered.MetadataCid);
        Assert.Equal(0UL, registered.Fingerprint);
        Assert.Equal(message.Recipients, registered.Recipients, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(message.Shares, registered.Shares);
    }

    [Fact]
    public async Task Register_WithOneRecipient_MintsTheWorkToTheCreator()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        var message = TestWorks.Register("a poem", (creator, TestWorks.WholeShare));

        await registry.RegisterRequestAndWaitForReceiptAsync(message);

        Assert.Equal(BigInteger.One, await registry.WorkIdOfQueryAsync(message.ContentHash));
        Assert.Equal(creator, await registry.OwnerOfQueryAsync(BigInteger.One), ignoreCase: true);
        Assert.Equal(BigInteger.One, await registry.TotalWorksQueryAsync());
    }

    [Fact]
    public async Task Register_WhenHashAlreadyRegistered_RaisesAlreadyRegisteredWithTheExistingWorkId()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        await registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register("first", (creator, TestWorks.WholeShare)));
        var original = TestWorks.Register("a poem", (creator, TestWorks.WholeShare));
        await registry.RegisterRequestAndWaitForReceiptAsync(original);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register("a poem", (CoAuthor, TestWorks.WholeShare))));

        Assert.True(error.IsCustomErrorFor<WorkRegistryAlreadyRegisteredError>());
        var decoded = error.DecodeError<WorkRegistryAlreadyRegisteredError>();
        Assert.Equal(original.ContentHash, decoded.ContentHash);
        Assert.Equal(new BigInteger(2), decoded.WorkId);
    }

    [Fact]
    public async Task Register_WhenSharesDoNotSumTo10000_RaisesSplitSumInvalidWithTheSum()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => registry.RegisterRequestAndWaitForReceiptAsync(TestWorks.Register("a poem", (creator, 6_000), (CoAuthor, 3_999))));

        Assert.True(error.IsCustomErrorFor<WorkRegistrySplitSumInvalidError>());
        Assert.Equal(new BigInteger(9_999), error.DecodeError<WorkRegistrySplitSumInvalidError>().Sum);
    }

    [Fact]
    public async Task RegisterBatch_OfThreeWorks_RegistersThemWithSequentialIds()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        var batch = new RegisterBatchFunction
        {
            Registrations =
            [
                TestWorks.Registration("one", (creator, TestWorks.WholeShare)),
                TestWorks.Registration("two", (creator, 7_500), (CoAuthor, 2_500)),
                TestWorks.Registration("three", (creator, 5_000), (CoAuthor, 3_000), (Publisher, 2_000)),
            ],
        };

        var receipt = await registry.RegisterBatchRequestAndWaitForReceiptAsync(batch);

        var events = receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Select(e => e.Event).ToList();
        Assert.Equal([1, 2, 3], events.Select(e => (int)e.WorkId));
        for (var i = 0; i < batch.Registrations.Count; i++)
        {
            Assert.Equal(batch.Registrations[i].ContentHash, events[i].ContentHash);
            Assert.Equal(batch.Registrations[i].Shares, events[i].Shares);
            Assert.Equal(new BigInteger(i + 1), await registry.WorkIdOfQueryAsync(batch.Registrations[i].ContentHash));
        }
        Assert.Equal(new BigInteger(3), await registry.BalanceOfQueryAsync(creator));
    }

    [Fact]
    public async Task IsSplitOf_WithTheRegisteredSplit_ReturnsTrue()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        var message = TestWorks.Register("a poem", (creator, 6_000), (CoAuthor, 4_000));
        await registry.RegisterRequestAndWaitForReceiptAsync(message);

        Assert.True(await registry.IsSplitOfQueryAsync(BigInteger.One, message.ContentHash, message.Recipients, message.Shares));
    }

    [Fact]
    public async Task IsSplitOf_WithOtherShares_ReturnsFalse()
    {
        var (web3, registry) = await DeployAsync();
        var creator = web3.TransactionManager.Account.Address;
        var message = TestWorks.Register("a poem", (creator, 6_000), (CoAuthor, 4_000));
        await registry.RegisterRequestAndWaitForReceiptAsync(message);

        Assert.False(await registry.IsSplitOfQueryAsync(BigInteger.One, message.ContentHash, message.Recipients, [4_000, 6_000]));
    }

    private async Task<(Web3 Web3, WorkRegistryService Registry)> DeployAsync()
    {
        var address = await chain.DeployWorkRegistryAsync();
        var web3 = chain.CreateWeb3();
        return (web3, new WorkRegistryService(web3, address));
    }
}
