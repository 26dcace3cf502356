using System.Numerics;
using Nethereum.Signer;
using Nethereum.Web3;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Contracts;

/// <summary>
/// A fresh WorkRegistry and WorkLicensing on the shared anvil node, administered by dev account #0, and fresh funded
/// accounts to act in them, so that balances start from known amounts whatever other tests did on the node.
/// </summary>
internal sealed class LicensingChain(AnvilFixture chain, WorkRegistryService registry, WorkLicensingService licensing)
{
    public const string NativeCoin = "0x0000000000000000000000000000000000000000";

    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    public WorkRegistryService Registry { get; } = registry;

    /// <summary>The licensing contract, sending as dev account #0, its admin.</summary>
    public WorkLicensingService Licensing { get; } = licensing;

    public static async Task<LicensingChain> DeployAsync(AnvilFixture chain)
    {
        var admin = chain.CreateWeb3();
        var registryAddress = await chain.DeployWorkRegistryAsync();
        var receipt = await WorkLicensingService.DeployContractAndWaitForReceiptAsync(
            admin, new WorkLicensingDeployment { Registry = registryAddress, Admin = admin.TransactionManager.Account.Address });
        return new LicensingChain(chain, new WorkRegistryService(admin, registryAddress), new WorkLicensingService(admin, receipt.ContractAddress));
    }

    /// <summary>A new account holding exactly <paramref name="ether"/> ether, paid by dev account #0.</summary>
    public async Task<Web3> FundedAccountAsync(decimal ether)
    {
        var web3 = chain.CreateWeb3(EthECKey.GenerateKey().GetPrivateKey());
        await Licensing.Web3.Eth.GetEtherTransferService()
            .TransferEtherAndWaitForReceiptAsync(web3.TransactionManager.Account.Address, ether);
        return web3;
    }

    public WorkRegistryService RegistryAs(Web3 account) => new(account, Registry.ContractAddress);

    public WorkLicensingService LicensingAs(Web3 account) => new(account, Licensing.ContractAddress);

    public async Task<BigInteger> BalanceOfAsync(string address) => (await Licensing.Web3.Eth.GetBalance.SendRequestAsync(address)).Value;
}
