using Nethereum.Signer;
using Registry.Core.Chain;
using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Works;

[Collection("chain")]
public sealed class WorkTransfersTests(AnvilFixture anvil)
{
    private const string Account1Key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private const string Account1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    [Fact]
    public async Task Transfer_ByTheOwner_MovesTheWorkAndTheTimelineShowsIt()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var workId = await RegisterAsync(host);

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(ChainOptions.DevChainSignerKey, workId, Account1, CancellationToken.None);

        Assert.Null(outcome.Problem);
        Assert.Matches("^0x[0-9a-f]{64}$", outcome.TransactionHash);
        Assert.Equal(Account1, await host.Get<WorkRegistryGateway>().OwnerOfAsync(workId, CancellationToken.None));
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var history = await host.Get<WorkCatalog>().GetHistoryAsync(workId);
        Assert.Equal(outcome.TransactionHash, history[^1].TransactionHash);
        Assert.Equal(Account1, (await host.Get<WorkCatalog>().GetAsync(workId))!.Owner);
    }

    [Theory]
    [InlineData("0x123", TransferProblem.InvalidAddress, "'0x123' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData("alice", TransferProblem.InvalidAddress, "'alice' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData("", TransferProblem.InvalidAddress, "'' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData("0x0000000000000000000000000000000000000000", TransferProblem.ZeroAddress, "A work cannot be transferred to the zero address.")]
    public async Task Transfer_ToABadAddress_IsRefusedWithTheReason(string to, TransferProblem problem, string message)
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var workId = await RegisterAsync(host);

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(ChainOptions.DevChainSignerKey, workId, to, CancellationToken.None);

        Assert.Equal(problem, outcome.Problem);
        Assert.Equal(message, outcome.Message);
    }

    [Fact]
    public async Task Transfer_BySomeoneWhoIsNotTheOwner_IsRefused()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var workId = await RegisterAsync(host);

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(Account1Key, workId, Account1, CancellationToken.None);

        Assert.Equal(TransferProblem.NotOwner, outcome.Problem);
        Assert.Equal($"Only the owner of work #{workId} can transfer it.", outcome.Message);
    }

    [Fact]
    public async Task Transfer_OfAWorkThatDoesNotExist_IsRefused()
    {
        await using var host = await CoreHost.StartAsync(anvil);

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(ChainOptions.DevChainSignerKey, 999, Account1, CancellationToken.None);

        Assert.Equal("There is no work #999.", outcome.Message);
    }

    [Fact]
    public async Task Transfer_ToAContractThatCannotHoldWorks_IsRefused()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var workId = await RegisterAsync(host);
        var registry = host.Chain.WorkRegistryAddress.ToLowerInvariant();

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(ChainOptions.DevChainSignerKey, workId, registry, CancellationToken.None);

        Assert.Equal(TransferProblem.ReceiverRefuses, outcome.Problem);
        Assert.Equal($"{registry} is a contract that does not accept works.", outcome.Message);
    }

    [Fact]
    public async Task Transfer_ByAnOwnerWithoutFunds_SaysSo()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var workId = await RegisterAsync(host);
        var poorKey = EthECKey.GenerateKey();
        var poor = poorKey.GetPublicAddress().ToLowerInvariant();
        await host.Get<WorkTransfers>().TransferWithKeyAsync(ChainOptions.DevChainSignerKey, workId, poor, CancellationToken.None);

        var outcome = await host.Get<WorkTransfers>().TransferWithKeyAsync(poorKey.GetPrivateKey(), workId, Account1, CancellationToken.None);

        Assert.Equal(TransferProblem.NoFunds, outcome.Problem);
        Assert.Equal("The account has no funds to pay for the transfer.", outcome.Message);
    }

    private static async Task<long> RegisterAsync(CoreHost host)
    {
        var outcome = await host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(TestFiles.Unique()), "w.bin",
            new WorkDetails("Transferable", "", WorkKind.Other, []), null, CancellationToken.None);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        return (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!.WorkId!.Value;
    }
}
