using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;

namespace Registry.Core.Chain;

public sealed class ContractDeployer(string rpcUrl, long chainId, string signerKey)
{
    private readonly Web3 _web3 = new(new Account(signerKey, chainId), rpcUrl);

    public async Task<bool> HasCodeAsync(string address)
    {
        var code = await _web3.Eth.GetCode.SendRequestAsync(address);
        return code is not null && code.Length > 2;
    }

    public async Task<string> DeployWorkRegistryAsync(CancellationToken cancellationToken)
    {
        var receipt = await WorkRegistryService.DeployContractAndWaitForReceiptAsync(_web3, new WorkRegistryDeployment(), cancellationToken);
        return receipt.ContractAddress;
    }

    /// <summary>Deploys WorkLicensing over <paramref name="workRegistry"/>, administered by the signer (the platform account).</summary>
    public async Task<string> DeployWorkLicensingAsync(string workRegistry, CancellationToken cancellationToken)
    {
        var deployment = new WorkLicensingDeployment { Registry = workRegistry, Admin = _web3.TransactionManager.Account.Address };
        var receipt = await WorkLicensingService.DeployContractAndWaitForReceiptAsync(_web3, deployment, cancellationToken);
        return receipt.ContractAddress;
    }
}
