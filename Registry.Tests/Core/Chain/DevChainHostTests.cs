using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nethereum.Util;
using Nethereum.Web3;
using Registry.Contracts.WorkDisputes;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkRegistry;
using Registry.Core.Chain;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Chain;

/// <summary>The app's own dev chain on a temp data folder: what it deploys, what it grants, what it records.</summary>
public sealed class DevChainHostTests
{
    [Fact]
    public async Task StartAsync_OnAFreshFolder_DeploysTheDisputesContractWithTheRolesAndBondItNeeds()
    {
        using var data = new TempDirectory("devchain");
        var (connection, host) = Host(data.Path);
        await host.StartAsync(CancellationToken.None);
        try
        {
            var chain = await connection.GetAsync(CancellationToken.None);
            var web3 = new Web3(chain.RpcUrl);
            var disputes = new WorkDisputesService(web3, chain.RequireDisputes());
            var licensing = new WorkLicensingService(web3, chain.RequireLicensing());
            var registry = new WorkRegistryService(web3, chain.WorkRegistryAddress);

            Assert.Equal(chain.WorkRegistryAddress, await disputes.RegistryQueryAsync(), ignoreCase: true);
            Assert.Equal(chain.WorkLicensingAddress, await disputes.LicensingQueryAsync(), ignoreCase: true);
            Assert.True(await licensing.HasRoleQueryAsync(await licensing.FreezerRoleQueryAsync(), disputes.ContractAddress));
            Assert.True(await licensing.HasRoleQueryAsync(await licensing.RevokerRoleQueryAsync(), disputes.ContractAddress));
            Assert.True(await registry.HasRoleQueryAsync(Sha3Keccack.Current.CalculateHash("REASSIGNER_ROLE"u8.ToArray()), disputes.ContractAddress));
            Assert.Equal(10_000_000_000_000_000, (long)await disputes.BondQueryAsync());
            Assert.Equal(7UL * 24 * 3600, await disputes.AppealWindowQueryAsync());

            var record = JsonSerializer.Deserialize<DevChainDeployment>(await File.ReadAllTextAsync(Path.Combine(data.Path, "chain", "deployment.json")))!;
            Assert.Equal(chain.WorkDisputesAddress, record.WorkDisputes);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task StartAsync_OnAChainFromBeforeDisputes_DeploysOnlyTheDisputesContract()
    {
        using var data = new TempDirectory("devchain");
        var (first, host) = Host(data.Path);
        await host.StartAsync(CancellationToken.None);
        var before = await first.GetAsync(CancellationToken.None);
        await host.DisposeAsync();
        var recordPath = Path.Combine(data.Path, "chain", "deployment.json");
        var record = JsonSerializer.Deserialize<DevChainDeployment>(await File.ReadAllTextAsync(recordPath))!;
        await File.WriteAllTextAsync(recordPath, JsonSerializer.Serialize(record with { WorkDisputes = null }));

        var (second, restarted) = Host(data.Path);
        await restarted.StartAsync(CancellationToken.None);
        try
        {
            var after = await second.GetAsync(CancellationToken.None);
            Assert.Equal(before.WorkRegistryAddress, after.WorkRegistryAddress);
            Assert.Equal(before.WorkLicensingAddress, after.WorkLicensingAddress);
            Assert.NotNull(after.WorkDisputesAddress);
            Assert.NotEqual(before.WorkDisputesAddress, after.WorkDisputesAddress);
        }
        finally
        {
            await restarted.DisposeAsync();
        }
    }

    private static (ChainConnectionSource, DevChainHost) Host(string dataDirectory)
    {
        var chainOptions = Options.Create(new ChainOptions());
        var connection = new ChainConnectionSource(chainOptions);
        var host = new DevChainHost(connection, chainOptions, Options.Create(new StorageOptions { DataDirectory = dataDirectory }), NullLogger<DevChainHost>.Instance);
        return (connection, host);
    }
}
