using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Core.Licensing;

namespace Registry.Core.Chain;

/// <summary>
/// One contract as a gateway speaks to it: reads, estimates, and transactions signed by the key given (a user's
/// custodial key), each awaited until mined. RPC failures surface as <see cref="ChainUnavailableException"/>; reverts,
/// whether at gas estimation or once mined, as the gateway's refusal carrying the decoded custom error; a sender who
/// cannot pay as <see cref="InsufficientFundsException"/>.
/// </summary>
/// <param name="contractName">How messages name the contract ("licensing", "disputes").</param>
/// <param name="addressOf">The contract's address on the connection (or why it has none).</param>
/// <param name="refusal">The gateway's exception for a revert: the decoded error (null when it declared none) and a message.</param>
internal sealed class ContractClient(
    IChainConnectionProvider chain, string contractName, Func<ChainConnection, string> addressOf, ContractErrors errors, Func<IErrorDTO?, string, Exception> refusal)
{
    /// <param name="key">The signer's private key; null for reads and estimates, which nobody signs.</param>
    public async Task<(Web3 Web3, string Contract)> ConnectAsync(string? key, CancellationToken cancellationToken)
    {
        var connection = await chain.GetAsync(cancellationToken);
        var contract = addressOf(connection);
        var web3 = key is null ? new Web3(connection.RpcUrl) : new Web3(new Account(key, connection.ChainId), connection.RpcUrl);
        web3.TransactionManager.UseLegacyAsDefault = false;
        return (web3, contract);
    }

    /// <summary>Sends the function signed by <paramref name="key"/> and waits until it is mined; its receipt, once it succeeded.</summary>
    public async Task<TransactionReceipt> SendAsync<TFunction>(string key, TFunction function, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new()
    {
        var (web3, contract) = await ConnectAsync(key, cancellationToken);
        var sender = web3.TransactionManager.Account.Address;
        function.FromAddress = sender;
        var handler = web3.Eth.GetContractTransactionHandler<TFunction>();
        var receipt = await GuardedAsync(sender, () => handler.SendRequestAndWaitForReceiptAsync(contract, function, cancellationToken), cancellationToken);
        if (receipt.Status?.Value == BigInteger.One) return receipt;

        // Estimated fine but reverted once mined (someone else's transaction came first): replaying the call on the
        // state after its block says why, almost always.
        await RefusingAsync(() => ChainRpc.CallAsync(() => web3.Eth.GetContractQueryHandler<TFunction>()
            .QueryRawAsync(contract, function, new BlockParameter(receipt.BlockNumber))));
        throw refusal(null, $"The {contractName} transaction {receipt.TransactionHash} was mined but reverted.");
    }

    /// <summary>An RPC call on behalf of <paramref name="sender"/>, with reverts and a lack of funds turned into their exceptions.</summary>
    public async Task<T> GuardedAsync<T>(string sender, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await RefusingAsync(() => ChainRpc.CallAsync(call));
        }
        catch (ChainUnavailableException e) when (e.InnerException is RpcResponseException r && r.Message.Contains("insufficient funds", StringComparison.OrdinalIgnoreCase))
        {
            throw new InsufficientFundsException(sender.ToLowerInvariant(), await BalanceOfAsync(sender, cancellationToken));
        }
    }

    /// <summary>The address's native balance, in wei.</summary>
    public async Task<BigInteger> BalanceOfAsync(string address, CancellationToken cancellationToken)
    {
        var (web3, _) = await ConnectAsync(null, cancellationToken);
        return (await ChainRpc.CallAsync(() => web3.Eth.GetBalance.SendRequestAsync(address))).Value;
    }

    private async Task<T> RefusingAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (SmartContractCustomErrorRevertException revert)
        {
            var error = errors.DecodeOrNull(revert);
            throw refusal(error, error is null
                ? $"The {contractName} contract refused the transaction with an error it does not declare ({revert.ExceptionEncodedData})."
                : $"The {contractName} contract refused the transaction: {ContractErrors.NameOf(error)}.");
        }
        catch (SmartContractRevertException revert)
        {
            throw refusal(null, $"The {contractName} contract refused the transaction: {revert.RevertMessage}");
        }
    }
}
