using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;

namespace Registry.Tests.Infrastructure;

/// <summary>One anvil dev node for the whole test run, signing with dev account #0.</summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    public const long ChainId = 31337;

    private AnvilProcess? _anvil;

    public string RpcUrl => _anvil?.RpcUrl ?? throw new InvalidOperationException("anvil has not started.");

    public async Task InitializeAsync() => _anvil = await AnvilProcess.StartAsync(ChainId);

    public async Task DisposeAsync()
    {
        if (_anvil is not null) await _anvil.DisposeAsync();
    }

    /// <summary>A client signing with dev account #0; anvil mines each transaction at once, so receipts are polled often.</summary>
    public Web3 CreateWeb3(string signerKey = ChainOptions.DevChainSignerKey)
    {
        var web3 = new Web3(new Account(signerKey, ChainId), RpcUrl);
        web3.TransactionManager.TransactionReceiptService.SetPollingRetryIntervalInMilliseconds(50);
        return web3;
    }

    /// <summary>Calls one of anvil's own RPC methods (evm_snapshot, evm_revert, evm_mine, …).</summary>
    public async Task<T> RpcAsync<T>(string method, params object[] parameters) =>
        await new Web3(RpcUrl).Client.SendRequestAsync<T>(method, null, parameters);

    /// <summary>Deploys a fresh WorkRegistry so that a test sees only its own works; returns its address.</summary>
    public async Task<string> DeployWorkRegistryAsync()
    {
        var receipt = await WorkRegistryService.DeployContractAndWaitForReceiptAsync(CreateWeb3(), new WorkRegistryDeployment());
        return receipt.ContractAddress;
    }

    /// <summary>Deploys a fresh WorkLicensing over <paramref name="registryAddress"/>, administered by dev account #0; returns its address.</summary>
    public Task<string> DeployWorkLicensingAsync(string registryAddress) =>
        new ContractDeployer(RpcUrl, ChainId, ChainOptions.DevChainSignerKey).DeployWorkLicensingAsync(registryAddress, CancellationToken.None);

    /// <summary>
    /// Deploys a fresh WorkDisputes over the two contracts (administered by dev account #0, with the freezer,
    /// revoker and reassigner roles it needs); returns its address.
    /// </summary>
    public Task<string> DeployWorkDisputesAsync(string registryAddress, string licensingAddress, System.Numerics.BigInteger? bondWei = null, ulong appealWindowSeconds = 7 * 24 * 3600) =>
        new ContractDeployer(RpcUrl, ChainId, ChainOptions.DevChainSignerKey)
            .DeployWorkDisputesAsync(registryAddress, licensingAddress, bondWei ?? 0, appealWindowSeconds, CancellationToken.None);
}
