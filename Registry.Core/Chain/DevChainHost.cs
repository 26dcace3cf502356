using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Core.Persistence;

namespace Registry.Core.Chain;

/// <summary>
/// With no <c>Chain:RpcUrl</c> configured, runs the pinned anvil as the app's own dev chain: its state lives in the
/// data folder (so works survive a restart), the contracts are deployed on first start and their address recorded.
/// </summary>
public sealed class DevChainHost(
    ChainConnectionSource connection,
    IOptions<ChainOptions> chainOptions,
    IOptions<StorageOptions> storageOptions,
    ILogger<DevChainHost> logger) : IHostedService, IAsyncDisposable
{
    private AnvilProcess? _anvil;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!connection.UsesEmbeddedDevChain) return;
        var options = chainOptions.Value;
        var folder = Path.Combine(storageOptions.Value.DataDirectory, "chain");
        Directory.CreateDirectory(folder);
        try
        {
            _anvil = await AnvilProcess.StartAsync(options.ChainId, Path.Combine(folder, "anvil-state.json"), string.IsNullOrWhiteSpace(options.AnvilPath) ? null : options.AnvilPath, cancellationToken);
            var signerKey = options.SignerKey ?? ChainOptions.DevChainSignerKey;
            var deployed = await EnsureDeployedAsync(Path.Combine(folder, "deployment.json"), _anvil.RpcUrl, options, signerKey, cancellationToken);
            connection.Set(new ChainConnection(_anvil.RpcUrl, options.ChainId, deployed.WorkRegistry, signerKey, Confirmations: 0, IsDevChain: true, deployed.WorkLicensing, deployed.WorkDisputes));
            logger.LogInformation("Dev chain {ChainId} at {RpcUrl}; WorkRegistry at {Registry}, WorkLicensing at {Licensing}, WorkDisputes at {Disputes}",
                options.ChainId, _anvil.RpcUrl, deployed.WorkRegistry, deployed.WorkLicensing, deployed.WorkDisputes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The embedded dev chain could not be started");
            connection.Fail($"The embedded dev chain could not be started: {e.Message}");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_anvil is null) return;
        await _anvil.DisposeAsync();
        _anvil = null;
    }

    /// <summary>The recorded contracts when the chain still has them; deploys what is missing (the later ones alone for a chain from before them).</summary>
    private static async Task<DevChainDeployment> EnsureDeployedAsync(string recordPath, string rpcUrl, ChainOptions options, string signerKey, CancellationToken cancellationToken)
    {
        var deployer = new ContractDeployer(rpcUrl, options.ChainId, signerKey);
        DevChainDeployment? recorded = null;
        if (File.Exists(recordPath))
            recorded = JsonSerializer.Deserialize<DevChainDeployment>(await File.ReadAllTextAsync(recordPath, cancellationToken));
        var changed = false;
        if (recorded is null || recorded.ChainId != options.ChainId || !await deployer.HasCodeAsync(recorded.WorkRegistry))
            (recorded, changed) = (new DevChainDeployment(options.ChainId, await deployer.DeployWorkRegistryAsync(cancellationToken), DateTimeOffset.UtcNow), true);
        if (recorded.WorkLicensing is not { } licensing || !await deployer.HasCodeAsync(licensing))
            (recorded, changed) = (recorded with { WorkLicensing = await deployer.DeployWorkLicensingAsync(recorded.WorkRegistry, cancellationToken), WorkDisputes = null }, true);
        if (recorded.WorkDisputes is not { } disputes || !await deployer.HasCodeAsync(disputes))
        {
            var bond = System.Numerics.BigInteger.Parse(options.DevChainDisputeBondWei, System.Globalization.CultureInfo.InvariantCulture);
            var address = await deployer.DeployWorkDisputesAsync(recorded.WorkRegistry, recorded.WorkLicensing!, bond, options.DevChainAppealWindowSeconds, cancellationToken);
            (recorded, changed) = (recorded with { WorkDisputes = address }, true);
        }
        if (changed) await File.WriteAllTextAsync(recordPath, JsonSerializer.Serialize(recorded), cancellationToken);
        return recorded;
    }
}
