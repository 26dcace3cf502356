using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Core.Chain;

/// <summary>
/// The registry contract as the registration pipeline needs it: look up a content hash, sign a registration,
/// send it, and read its receipt. RPC failures surface as <see cref="ChainUnavailableException"/>; contract
/// reverts as typed exceptions.
/// </summary>
public sealed class WorkRegistryGateway(IChainConnectionProvider chain)
{
    /// <summary>The registry's <c>MODERATOR_ROLE</c>, keccak256("MODERATOR_ROLE"): a constant, not worth a call.</summary>
    private static readonly byte[] ModeratorRole = Nethereum.Util.Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes("MODERATOR_ROLE"));

    private (ChainConnection Connection, Web3 Web3)? _client;

    public async Task<long> FindWorkIdAsync(byte[] contentHash, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        var id = await ChainRpc.CallAsync(() => web3.Eth.GetContractQueryHandler<WorkIdOfFunction>()
            .QueryAsync<BigInteger>(connection.WorkRegistryAddress, new WorkIdOfFunction { ContentHash = contentHash }));
        return (long)id;
    }

    /// <summary>Signs <c>register</c> for the platform account (gas estimated first, which is where a revert shows).</summary>
    /// <param name="split">The royalty split to register; null: the platform account alone.</param>
    /// <exception cref="WorkAlreadyRegisteredException">The content hash is registered already.</exception>
    /// <exception cref="RegistrationRevertedException">The contract refuses the registration for another reason.</exception>
    public async Task<SignedTransaction> SignRegistrationAsync(byte[] contentHash, Cid contentCid, Cid? metadataCid, ulong fingerprint, IReadOnlyList<RoyaltyShare>? split, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        var creator = web3.TransactionManager.Account.Address;
        var function = RegistrationMessages.Register(contentHash, contentCid, metadataCid, fingerprint, split ?? SplitInput.OrCreatorAlone([], creator));
        return await SignForPlatformAsync(connection, web3, function);
    }

    /// <summary>
    /// The creator's key signs the registration (EIP-712: creator, content, split, nonce, deadline, chain, registry) and
    /// the platform account signs <c>registerFor</c> carrying it: the work is minted to the creator, the platform pays.
    /// </summary>
    /// <param name="split">The royalty split to register (the signature covers it); null: the creator alone. The creator need not be in it.</param>
    /// <exception cref="WorkAlreadyRegisteredException">The content hash is registered already.</exception>
    /// <exception cref="RegistrationRevertedException">The contract refuses the registration for another reason.</exception>
    public async Task<SignedTransaction> SignRelayedRegistrationAsync(string creatorKey, DateTimeOffset deadline, byte[] contentHash, Cid contentCid, Cid? metadataCid, ulong fingerprint,
        IReadOnlyList<RoyaltyShare>? split, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        var creator = new Account(creatorKey).Address.ToLowerInvariant();
        var nonce = await ChainRpc.CallAsync(() => web3.Eth.GetContractQueryHandler<NoncesFunction>()
            .QueryAsync<BigInteger>(connection.WorkRegistryAddress, new NoncesFunction { Owner = creator }));
        split ??= SplitInput.OrCreatorAlone([], creator);
        var expires = deadline.ToUnixTimeSeconds();
        var signature = RelayedRegistrationSigner.Sign(creatorKey, connection.ChainId, connection.WorkRegistryAddress, nonce, expires, contentHash, contentCid, metadataCid, fingerprint, split);
        var function = RegistrationMessages.RegisterFor(contentHash, contentCid, metadataCid, fingerprint, split, creator, expires, signature);
        return await SignForPlatformAsync(connection, web3, function);
    }

    private static async Task<SignedTransaction> SignForPlatformAsync<TFunction>(ChainConnection connection, Web3 web3, TFunction function)
        where TFunction : FunctionMessage, new()
    {
        var handler = web3.Eth.GetContractTransactionHandler<TFunction>();
        try
        {
            function.Gas = await ChainRpc.CallAsync(() => handler.EstimateGasAsync(connection.WorkRegistryAddress, function));
            // From the node every time: a transaction signed but never sent (a crash, an expired signature) must not leave a gap.
            function.Nonce = await ChainRpc.CallAsync(() => web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(
                web3.TransactionManager.Account.Address, BlockParameter.CreatePending()));
            var signed = await ChainRpc.CallAsync(() => handler.SignTransactionAsync(connection.WorkRegistryAddress, function));
            return new SignedTransaction(signed.EnsureHexPrefix(), Nethereum.Util.TransactionUtils.CalculateTransactionHash(signed).EnsureHexPrefix());
        }
        catch (SmartContractCustomErrorRevertException revert) when (revert.IsCustomErrorFor<WorkRegistryAlreadyRegisteredError>())
        {
            var error = revert.DecodeError<WorkRegistryAlreadyRegisteredError>();
            throw new WorkAlreadyRegisteredException((long)error.WorkId);
        }
        catch (SmartContractCustomErrorRevertException revert)
        {
            throw new RegistrationRevertedException($"The registry contract refused the registration ({revert.Message}).");
        }
    }

    /// <summary>Grants the registry's MODERATOR_ROLE to <paramref name="address"/>, sent by the platform account (the registry's admin); returns the mined transaction's hash.</summary>
    /// <exception cref="RoleGrantRefusedException">The contract refused (the platform account is not the registry's admin).</exception>
    public async Task<string> GrantModeratorAsync(string address, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        try
        {
            var receipt = await ChainRpc.CallAsync(() => web3.Eth.GetContractTransactionHandler<GrantRoleFunction>()
                .SendRequestAndWaitForReceiptAsync(connection.WorkRegistryAddress, new GrantRoleFunction { Role = ModeratorRole, Account = address }, cancellationToken));
            return receipt.TransactionHash;
        }
        catch (SmartContractCustomErrorRevertException revert) when (revert.IsCustomErrorFor<AccessControlUnauthorizedAccountError>())
        {
            throw new RoleGrantRefusedException("The platform account is not the registry's admin on this chain, so it cannot grant roles.");
        }
    }

    public async Task<bool> IsModeratorAsync(string address, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => web3.Eth.GetContractQueryHandler<HasRoleFunction>()
            .QueryAsync<bool>(connection.WorkRegistryAddress, new HasRoleFunction { Role = ModeratorRole, Account = address }));
    }

    /// <summary>The work's owner (lower case), or null when no such work exists.</summary>
    public async Task<string?> OwnerOfAsync(long workId, CancellationToken cancellationToken)
    {
        var (connection, web3) = await ConnectAsync(cancellationToken);
        try
        {
            var owner = await ChainRpc.CallAsync(() => web3.Eth.GetContractQueryHandler<OwnerOfFunction>()
                .QueryAsync<string>(connection.WorkRegistryAddress, new OwnerOfFunction { TokenId = workId }));
            return owner.ToLowerInvariant();
        }
        catch (SmartContractCustomErrorRevertException revert) when (revert.IsCustomErrorFor<ERC721NonexistentTokenError>())
        {
            return null;
        }
    }

    /// <summary>Sends <c>safeTransferFrom</c> signed and paid by the owner's key and waits for it to be mined.</summary>
    public async Task<Works.TransferOutcome> TransferAsync(string ownerKey, long workId, string from, string to, CancellationToken cancellationToken)
    {
        var connection = await chain.GetAsync(cancellationToken);
        var web3 = new Web3(new Account(ownerKey, connection.ChainId), connection.RpcUrl);
        var transfer = new SafeTransferFromFunction { From = from, To = to, TokenId = workId };
        try
        {
            var receipt = await ChainRpc.CallAsync(() => web3.Eth.GetContractTransactionHandler<SafeTransferFromFunction>()
                .SendRequestAndWaitForReceiptAsync(connection.WorkRegistryAddress, transfer, cancellationToken));
            return Works.TransferOutcome.Sent(receipt.TransactionHash);
        }
        catch (SmartContractCustomErrorRevertException revert) when (revert.IsCustomErrorFor<ERC721InvalidReceiverError>())
        {
            return Works.TransferOutcome.Refused(Works.TransferProblem.ReceiverRefuses, $"{to} is a contract that does not accept works.");
        }
        catch (ChainUnavailableException e) when (e.InnerException is RpcResponseException r && r.Message.Contains("insufficient funds", StringComparison.OrdinalIgnoreCase))
        {
            return Works.TransferOutcome.Refused(Works.TransferProblem.NoFunds, "The account has no funds to pay for the transfer.");
        }
    }

    /// <summary>Sends a signed transaction; sending one the node already knows is not an error.</summary>
    public async Task SendAsync(SignedTransaction transaction, CancellationToken cancellationToken)
    {
        var (_, web3) = await ConnectAsync(cancellationToken);
        try
        {
            await ChainRpc.CallAsync(() => web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(transaction.Raw));
        }
        catch (ChainUnavailableException e) when (e.InnerException is RpcResponseException r && IsAlreadyKnown(r.Message))
        {
            // Sent before a crash or a retry: the node holds it already.
        }
    }

    /// <summary>Whether the node knows the transaction at all (pending or mined).</summary>
    public async Task<bool> IsKnownAsync(string transactionHash, CancellationToken cancellationToken)
    {
        var (_, web3) = await ConnectAsync(cancellationToken);
        var tx = await ChainRpc.CallAsync(() => web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(transactionHash));
        return tx is not null;
    }

    /// <summary>The mined registration, or null while the transaction is pending.</summary>
    /// <exception cref="RegistrationRevertedException">The transaction was mined but reverted.</exception>
    public async Task<MinedRegistration?> GetRegistrationReceiptAsync(string transactionHash, CancellationToken cancellationToken)
    {
        var (_, web3) = await ConnectAsync(cancellationToken);
        var receipt = await ChainRpc.CallAsync(() => web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(transactionHash));
        if (receipt is null) return null;
        if (receipt.Status?.Value != BigInteger.One)
            throw new RegistrationRevertedException($"The registration transaction {transactionHash} was mined but reverted.");
        var registered = receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Single().Event;
        var block = await ChainRpc.CallAsync(() => web3.Eth.Blocks.GetBlockWithTransactionsHashesByHash.SendRequestAsync(receipt.BlockHash));
        return new MinedRegistration(
            (long)registered.WorkId,
            registered.Creator.ToLowerInvariant(),
            (long)receipt.BlockNumber.Value,
            receipt.BlockHash,
            DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value));
    }

    private async Task<(ChainConnection, Web3)> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = await chain.GetAsync(cancellationToken);
        if (_client is { } c && c.Connection == connection) return c;
        var web3 = new Web3(new Account(connection.SignerKey, connection.ChainId), connection.RpcUrl);
        web3.TransactionManager.UseLegacyAsDefault = false;
        _client = (connection, web3);
        return _client.Value;
    }

    private static bool IsAlreadyKnown(string message) =>
        message.Contains("already known", StringComparison.OrdinalIgnoreCase)
        || message.Contains("already imported", StringComparison.OrdinalIgnoreCase);
}
