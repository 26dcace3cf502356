using Nethereum.Web3;
using Nethereum.Web3.Accounts;
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
}
