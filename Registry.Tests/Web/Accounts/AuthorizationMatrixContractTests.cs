using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The contract's part of the matrix: the same roles checked again on-chain, through the generated bindings on
/// anvil. On-chain, the Admin is the platform account that deployed the registry (DEFAULT_ADMIN_ROLE), the Moderator
/// holds MODERATOR_ROLE, the Creator registered the work (and owns it), and a Licensee is any other account.
/// There is no anonymous row: every transaction is signed by someone.
/// </summary>
[Collection("chain")]
public sealed class AuthorizationMatrixContractTests(AnvilFixture chain)
{
    private static readonly BigInteger HundredEther = BigInteger.Parse("100000000000000000000");

    private readonly Dictionary<MatrixRole, string> _keys = new()
    {
        [MatrixRole.Creator] = EthECKey.GenerateKey().GetPrivateKey(),
        [MatrixRole.Licensee] = EthECKey.GenerateKey().GetPrivateKey(),
        [MatrixRole.Moderator] = EthECKey.GenerateKey().GetPrivateKey(),
    };

    public static TheoryData<MatrixRole, bool> GrantModeratorRoleRows => new()
    {
        { MatrixRole.Creator, false },
        { MatrixRole.Licensee, false },
        { MatrixRole.Moderator, false },
        { MatrixRole.Admin, true },
    };

    /// <summary>Who signs a registration relayed by the platform for the Creator; only the Creator's own signature registers.</summary>
    public static TheoryData<MatrixRole, bool> RegisterForSignedByRows => new()
    {
        { MatrixRole.Creator, true },
        { MatrixRole.Licensee, false },
        { MatrixRole.Moderator, false },
        { MatrixRole.Admin, false },
    };

    /// <summary>Who sends transferFrom for the Creator's work, which nobody was approved for.</summary>
    public static TheoryData<MatrixRole, bool> TransferFromRows => new()
    {
        { MatrixRole.Creator, true },
        { MatrixRole.Licensee, false },
        { MatrixRole.Moderator, false },
        { MatrixRole.Admin, false },
    };

    [Theory]
    [MemberData(nameof(GrantModeratorRoleRows))]
    public async Task GrantModeratorRole_ByRole_IsAllowedOnlyToTheAdmin(MatrixRole role, bool allowed)
    {
        var registry = await DeployAsync();
        var moderatorRole = await registry.ModeratorRoleQueryAsync();
        var newcomer = EthECKey.GenerateKey().GetPublicAddress();
        var signer = As(role, registry);

        if (allowed)
        {
            await signer.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, newcomer);
            Assert.True(await registry.HasRoleQueryAsync(moderatorRole, newcomer));
            return;
        }
        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() => signer.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, newcomer));
        Assert.True(error.IsCustomErrorFor<AccessControlUnauthorizedAccountError>());
        var decoded = error.DecodeError<AccessControlUnauthorizedAccountError>();
        Assert.Equal(AddressOf(role), decoded.Account, ignoreCase: true);
        Assert.Equal(await registry.DefaultAdminRoleQueryAsync(), decoded.NeededRole);
        Assert.False(await registry.HasRoleQueryAsync(moderatorRole, newcomer));
    }

    [Theory]
    [MemberData(nameof(RegisterForSignedByRows))]
    public async Task RegisterFor_RelayedByThePlatform_MintsOnlyWithTheCreatorsOwnSignature(MatrixRole signedBy, bool allowed)
    {
        var registry = await DeployAsync();
        var message = await SignedRegistrationAsync(registry, signedBy, $"a poem signed by {signedBy}");

        if (allowed)
        {
            var receipt = await registry.RegisterForRequestAndWaitForReceiptAsync(message);
            var workId = Assert.Single(receipt.DecodeAllEvents<WorkRegisteredEventDTO>()).Event.WorkId;
            Assert.Equal(AddressOf(MatrixRole.Creator), await registry.OwnerOfQueryAsync(workId), ignoreCase: true);
            return;
        }
        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() => registry.RegisterForRequestAndWaitForReceiptAsync(message));
        Assert.True(error.IsCustomErrorFor<WorkRegistryInvalidSignatureError>());
        Assert.Equal(AddressOf(MatrixRole.Creator), error.DecodeError<WorkRegistryInvalidSignatureError>().Creator, ignoreCase: true);
        Assert.Equal(BigInteger.Zero, await registry.WorkIdOfQueryAsync(message.Registration.ContentHash));
    }

    /// <summary>Relaying is open to anyone: what authorizes a registration is the creator's signature, not who sends it.</summary>
    [Fact]
    public async Task RegisterFor_RelayedByAnotherAccountWithTheCreatorsSignature_MintsToTheCreator()
    {
        var registry = await DeployAsync();
        var message = await SignedRegistrationAsync(registry, MatrixRole.Creator, "a poem relayed by a licensee");

        var receipt = await As(MatrixRole.Licensee, registry).RegisterForRequestAndWaitForReceiptAsync(message);

        var workId = Assert.Single(receipt.DecodeAllEvents<WorkRegisteredEventDTO>()).Event.WorkId;
        Assert.Equal(AddressOf(MatrixRole.Creator), await registry.OwnerOfQueryAsync(workId), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(TransferFromRows))]
    public async Task TransferFrom_ByRole_IsAllowedOnlyToTheOwner(MatrixRole role, bool allowed)
    {
        var registry = await DeployAsync();
        var workId = await RegisterAsCreatorAsync(registry);
        var creator = AddressOf(MatrixRole.Creator);
        var recipient = EthECKey.GenerateKey().GetPublicAddress();
        var sender = As(role, registry);

        if (allowed)
        {
            await sender.TransferFromRequestAndWaitForReceiptAsync(creator, recipient, workId);
            Assert.Equal(recipient, await registry.OwnerOfQueryAsync(workId), ignoreCase: true);
            return;
        }
        var error = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() => sender.TransferFromRequestAndWaitForReceiptAsync(creator, recipient, workId));
        Assert.True(error.IsCustomErrorFor<ERC721InsufficientApprovalError>());
        var decoded = error.DecodeError<ERC721InsufficientApprovalError>();
        Assert.Equal(AddressOf(role), decoded.Operator, ignoreCase: true);
        Assert.Equal(workId, decoded.TokenId);
        Assert.Equal(creator, await registry.OwnerOfQueryAsync(workId), ignoreCase: true);
    }

    [Fact]
    public async Task TransferFrom_ByAnAccountTheOwnerApproved_MovesTheWork()
    {
        var registry = await DeployAsync();
        var workId = await RegisterAsCreatorAsync(registry);
        var recipient = EthECKey.GenerateKey().GetPublicAddress();
        await As(MatrixRole.Creator, registry).ApproveRequestAndWaitForReceiptAsync(AddressOf(MatrixRole.Licensee), workId);

        await As(MatrixRole.Licensee, registry).TransferFromRequestAndWaitForReceiptAsync(AddressOf(MatrixRole.Creator), recipient, workId);

        Assert.Equal(recipient, await registry.OwnerOfQueryAsync(workId), ignoreCase: true);
    }

    /// <summary>A fresh registry deployed by the platform account (the Admin), with the Moderator granted and every role's account funded.</summary>
    private async Task<WorkRegistryService> DeployAsync()
    {
        var registry = new WorkRegistryService(chain.CreateWeb3(), await chain.DeployWorkRegistryAsync());
        foreach (var key in _keys.Values)
            await chain.RpcAsync<object>("anvil_setBalance", new EthECKey(key).GetPublicAddress(), "0x" + HundredEther.ToString("x"));
        await registry.GrantRoleRequestAndWaitForReceiptAsync(await registry.ModeratorRoleQueryAsync(), AddressOf(MatrixRole.Moderator));
        return registry;
    }

    private WorkRegistryService As(MatrixRole role, WorkRegistryService registry) =>
        role == MatrixRole.Admin ? registry : new WorkRegistryService(chain.CreateWeb3(_keys[role]), registry.ContractAddress);

    private string AddressOf(MatrixRole role) =>
        role == MatrixRole.Admin ? chain.CreateWeb3().TransactionManager.Account.Address : new EthECKey(_keys[role]).GetPublicAddress();

    /// <summary>The Creator's registration of <paramref name="content"/>, carrying a signature made with the key of <paramref name="signedBy"/>.</summary>
    private async Task<RegisterForFunction> SignedRegistrationAsync(WorkRegistryService registry, MatrixRole signedBy, string content)
    {
        var deadline = (await registry.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value + 3_600;
        var creators = TestWorks.RegisterFor(content, _keys[MatrixRole.Creator], AnvilFixture.ChainId, registry.ContractAddress, 0, deadline);
        if (signedBy == MatrixRole.Creator) return creators;
        var signerKey = signedBy == MatrixRole.Admin ? ChainOptions.DevChainSignerKey : _keys[signedBy];
        creators.Signature = TestWorks.RegisterFor(content, signerKey, AnvilFixture.ChainId, registry.ContractAddress, 0, deadline).Signature;
        return creators;
    }

    private async Task<BigInteger> RegisterAsCreatorAsync(WorkRegistryService registry)
    {
        var message = TestWorks.Register($"a poem {Guid.NewGuid()}", (AddressOf(MatrixRole.Creator), TestWorks.WholeShare));
        var receipt = await As(MatrixRole.Creator, registry).RegisterRequestAndWaitForReceiptAsync(message);
        return Assert.Single(receipt.DecodeAllEvents<WorkRegisteredEventDTO>()).Event.WorkId;
    }
}
