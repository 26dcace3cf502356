using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Core.Chain;

namespace Registry.Core.Accounts;

/// <summary>
/// Gives each new account ether on the app's embedded dev chain, so a newcomer can try everything; on a
/// configured chain it does nothing. Transfers go one at a time: they share the faucet account's nonces.
/// </summary>
public sealed class DevChainFaucet(IChainConnectionProvider chain, ILogger<DevChainFaucet> logger)
{
    public const decimal AllowanceEth = 10m;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Sends <see cref="AllowanceEth"/> to the address on the dev chain; false on a configured chain or when the chain fails.</summary>
    public async Task<bool> TryFundAsync(string address, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var connection = await chain.GetAsync(timeout.Token);
            if (!connection.IsDevChain) return false;
            var web3 = new Web3(new Account(ChainOptions.DevChainFaucetKey, connection.ChainId), connection.RpcUrl);
            web3.TransactionManager.UseLegacyAsDefault = false;
            web3.TransactionManager.TransactionReceiptService.SetPollingRetryIntervalInMilliseconds(50);
            var receipt = await web3.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(address, AllowanceEth, cancellationToken: timeout.Token);
            return receipt.Status?.Value == BigInteger.One;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not fund the new account {Address} on the dev chain", address);
            return false;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
