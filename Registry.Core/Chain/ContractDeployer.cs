using System.Numerics;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkDisputes;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;

namespace Registry.Core.Chain;

public sealed class ContractDeployer(string rpcUrl, long chainId, string signerKey)
{
    /// <summary>The registry's reassigner role: private in the contract (so registration stays cheap), hence computed here.</summary>
    private static readonly byte[] ReassignerRole = Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes("REASSIGNER_ROLE"));

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

    /// <summary>
    /// Deploys WorkDisputes over the two contracts, administered by the signer, sets its bond and appeal window and
    /// grants it what carrying out rulings needs: freezing and revoking on licensing, reassigning on the registry
    /// (the signer must be admin of both).
    /// </summary>
    public async Task<string> DeployWorkDisputesAsync(string workRegistry, string workLicensing, BigInteger bondWei, ulong appealWindowSeconds, CancellationToken cancellationToken)
    {
        var deployment = new WorkDisputesDeployment { Registry = workRegistry, Licensing = workLicensing, Admin = _web3.TransactionManager.Account.Address };
        var receipt = await WorkDisputesService.DeployContractAndWaitForReceiptAsync(_web3, deployment, cancellationToken);
        var disputes = new WorkDisputesService(_web3, receipt.ContractAddress);
        var licensing = new WorkLicensingService(_web3, workLicensing);
        var registry = new WorkRegistryService(_web3, workRegistry);
        await licensing.GrantRoleRequestAndWaitForReceiptAsync(await licensing.FreezerRoleQueryAsync(), disputes.ContractAddress);
        await licensing.GrantRoleRequestAndWaitForReceiptAsync(await licensing.RevokerRoleQueryAsync(), disputes.ContractAddress);
        await registry.GrantRoleRequestAndWaitForReceiptAsync(ReassignerRole, disputes.ContractAddress);
        if (bondWei > 0) await disputes.SetBondRequestAndWaitForReceiptAsync(bondWei);
        if (appealWindowSeconds > 0) await disputes.SetAppealWindowRequestAndWaitForReceiptAsync(appealWindowSeconds);
        return disputes.ContractAddress;
    }
}
