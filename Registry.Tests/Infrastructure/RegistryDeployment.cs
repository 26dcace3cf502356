using Registry.Core.Chain;

namespace Registry.Tests.Infrastructure;

/// <summary>Fresh registry, licensing and disputes contracts (no dispute bond, a 7-day appeal window) on any node, deployed by dev account #0.</summary>
public static class RegistryDeployment
{
    public static async Task<ChainConnection> DeployAsync(string rpcUrl)
    {
        var deployer = new ContractDeployer(rpcUrl, AnvilFixture.ChainId, ChainOptions.DevChainSignerKey);
        var registry = await deployer.DeployWorkRegistryAsync(CancellationToken.None);
        var licensing = await deployer.DeployWorkLicensingAsync(registry, CancellationToken.None);
        var disputes = await deployer.DeployWorkDisputesAsync(registry, licensing, 0, 7 * 24 * 3600, CancellationToken.None);
        return new ChainConnection(rpcUrl, AnvilFixture.ChainId, registry, ChainOptions.DevChainSignerKey, 0, WorkLicensingAddress: licensing, WorkDisputesAddress: disputes);
    }
}
