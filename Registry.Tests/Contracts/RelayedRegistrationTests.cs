using System.Numerics;
using System.Text;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Util;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Contracts;

/// <summary>
/// Gasless registration on a real anvil node: a creator without any ether signs with
/// <see cref="RelayedRegistrationSigner"/>, dev account #0 relays <c>registerFor</c>.
/// </summary>
[Collection("chain")]
public sealed class RelayedRegistrationTests(AnvilFixture chain)
{
    /// <summary>Anvil's well-known dev account #1, with ether of its own: someone watching the mempool.</summary>
    private const string FrontRunnerKey = "0x59c6995e998f97a5a0044966f0da2bd8a4ac1e34c95fb7a77d8bce2b8a5b9d9e";

    private readonly string _creatorKey = EthECKey.GenerateKey().GetPrivateKey();

    private string Creator => new EthECKey(_creatorKey).GetPublicAddress();

    [Fact]
    public async Task RegisterFor_SignedByACreatorWithoutEther_MintsTheWorkToTheCreator()
    {
        var (web3, registry) = await DeployAsync();
        var message = TestWorks.RegisterFor("a poem", _creatorKey, AnvilFixture.ChainId, registry.ContractAddress, 0, await DeadlineAsync(web3));

        var receipt = await registry.RegisterForRequestAndWaitForReceiptAsync(message);

        var registered = Assert.Single(receipt.DecodeAllEvents<WorkRegisteredEventDTO>()).Event;
        Assert.Equal(Creator, registered.Creator, ignoreCase: true);
        Assert.Equal(web3.TransactionManager.Account.Address, receipt.From, ignoreCase: true);
        Assert.Equal(Creator, await registry.OwnerOfQueryAsync(registered.WorkId), ignoreCase: true);
        Assert.Equal(BigInteger.One, await registry.NoncesQueryAsync(Creator));
        Assert.Equal(BigInteger.Zero, (await web3.Eth.GetBalance.SendRequestAsync(Creator)).Value);
    }

    [Fact]
    public async Task RegisterFor_WhenTheSameSignatureIsRelayedAgain_RaisesInvalidSignature()
    {
        var (web3, registry) = await DeployAsync();
        var message = TestWorks.RegisterFor("a poem", _creatorKey, AnvilFixture.ChainId, registry.ContractAddress, 0, await DeadlineAsync(web3));
        await registry.RegisterForRequestAndWaitForReceiptAsync(message);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => registry.RegisterForRequestAndWaitForReceiptAsync(Relay(message, message.Creator)));

        Assert.True(error.IsCustomErrorFor<WorkRegistryInvalidSignatureError>());
        Assert.Equal(Creator, error.DecodeError<WorkRegistryInvalidSignatureError>().Creator, ignoreCase: true);
    }

    [Fact]
    public async Task RegisterFor_AfterTheDeadline_RaisesExpiredSignatureWithTheDeadline()
    {
        var (web3, registry) = await DeployAsync();
        var deadline = await LatestTimestampAsync(web3) - 1;
        var message = TestWorks.RegisterFor("a poem", _creatorKey, AnvilFixture.ChainId, registry.ContractAddress, 0, deadline);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => registry.RegisterForRequestAndWaitForReceiptAsync(message));

        Assert.True(error.IsCustomErrorFor<WorkRegistryExpiredSignatureError>());
        Assert.Equal(deadline, error.DecodeError<WorkRegistryExpiredSignatureError>().Deadline);
    }

    [Fact]
    public async Task RegisterFor_SignedForAnotherChain_RaisesInvalidSignature()
    {
        var (web3, registry) = await DeployAsync();
        var message = TestWorks.RegisterFor("a poem", _creatorKey, chainId: 1, registry.ContractAddress, 0, await DeadlineAsync(web3));

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => registry.RegisterForRequestAndWaitForReceiptAsync(message));

        Assert.True(error.IsCustomErrorFor<WorkRegistryInvalidSignatureError>());
    }

    [Fact]
    public async Task RegisterFor_WhenAFrontRunnerNamesThemselvesCreator_RaisesInvalidSignatureForThem()
    {
        var (web3, registry) = await DeployAsync();
        var signed = TestWorks.RegisterFor("a poem", _creatorKey, AnvilFixture.ChainId, registry.ContractAddress, 0, await DeadlineAsync(web3));
        var frontRunner = new WorkRegistryService(chain.CreateWeb3(FrontRunnerKey), registry.ContractAddress);
        var frontRunnerAddress = frontRunner.Web3.TransactionManager.Account.Address;

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => frontRunner.RegisterForRequestAndWaitForReceiptAsync(Relay(signed, frontRunnerAddress)));

        Assert.True(error.IsCustomErrorFor<WorkRegistryInvalidSignatureError>());
        Assert.Equal(frontRunnerAddress, error.DecodeError<WorkRegistryInvalidSignatureError>().Creator, ignoreCase: true);
        Assert.Equal(BigInteger.Zero, await registry.WorkIdOfQueryAsync(signed.Registration.ContentHash));
    }

    [Fact]
    public async Task RegisterTypehash_OfTheContract_IsTheHashOfTheSignersRegisterType()
    {
        var (_, registry) = await DeployAsync();

        var typeHash = await registry.RegisterTypehashQueryAsync();

        Assert.Equal(Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(RelayedRegistrationSigner.RegisterType)), typeHash);
    }

    [Fact]
    public async Task GrantRole_ByTheDeployer_MakesTheAccountModerator()
    {
        var (_, registry) = await DeployAsync();
        var moderatorRole = await registry.ModeratorRoleQueryAsync();

        await registry.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, Creator);

        Assert.True(await registry.HasRoleQueryAsync(moderatorRole, Creator));
    }

    [Fact]
    public async Task GrantRole_ByAnAccountThatIsNotAdmin_RaisesUnauthorizedAccount()
    {
        var (_, registry) = await DeployAsync();
        var moderatorRole = await registry.ModeratorRoleQueryAsync();
        var stranger = new WorkRegistryService(chain.CreateWeb3(FrontRunnerKey), registry.ContractAddress);

        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(
            () => stranger.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, stranger.Web3.TransactionManager.Account.Address));

        Assert.True(error.IsCustomErrorFor<AccessControlUnauthorizedAccountError>());
        Assert.Equal(await registry.DefaultAdminRoleQueryAsync(), error.DecodeError<AccessControlUnauthorizedAccountError>().NeededRole);
    }

    private async Task<(Web3 Web3, WorkRegistryService Registry)> DeployAsync()
    {
        var address = await chain.DeployWorkRegistryAsync();
        var web3 = chain.CreateWeb3();
        return (web3, new WorkRegistryService(web3, address));
    }

    /// <summary>The signed payload as someone relaying it would send it (a new transaction), naming <paramref name="creator"/>.</summary>
    private static RegisterForFunction Relay(RegisterForFunction signed, string creator) => new()
    {
        Registration = signed.Registration,
        Creator = creator,
        Deadline = signed.Deadline,
        Signature = signed.Signature,
    };

    private static async Task<BigInteger> DeadlineAsync(Web3 web3) => await LatestTimestampAsync(web3) + 3_600;

    private static async Task<BigInteger> LatestTimestampAsync(Web3 web3) =>
        (await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;
}
