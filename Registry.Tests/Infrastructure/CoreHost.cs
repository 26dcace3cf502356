using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Core;
using Registry.Core.Chain;
using Registry.Core.Persistence;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// The Core services wired exactly as the app wires them (AddRegistryCore), against a real anvil, a real
/// SQLite file and the embedded content store in a temp folder. Background services are not started: tests
/// drive the pipeline and the indexer step by step.
/// </summary>
public sealed class CoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TempDirectory? _ownedData;

    private CoreHost(ServiceProvider services, string dataDirectory, TempDirectory? ownedData, ChainConnection chain)
    {
        _services = services;
        DataDirectory = dataDirectory;
        _ownedData = ownedData;
        Chain = chain;
    }

    public string DataDirectory { get; }

    public ChainConnection Chain { get; }

    public ManualClock Clock => Get<ManualClock>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="registryAddress">An already deployed registry (to share one across hosts), or null to deploy a fresh one.</param>
    /// <param name="dataDirectory">An existing data folder (to restart on the same state), or null for a fresh one.</param>
    /// <param name="licensingAddress">The licensing contract over that registry, or null to deploy a fresh one.</param>
    /// <param name="disputesAddress">The disputes contract over both, or null to deploy a fresh one (no bond, a 7-day appeal window).</param>
    public static async Task<CoreHost> StartAsync(AnvilFixture anvil, string? registryAddress = null, string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string? licensingAddress = null,
        string? disputesAddress = null)
    {
        registryAddress ??= await anvil.DeployWorkRegistryAsync();
        licensingAddress ??= await anvil.DeployWorkLicensingAsync(registryAddress);
        disputesAddress ??= await anvil.DeployWorkDisputesAsync(registryAddress, licensingAddress);
        var chain = new ChainConnection(anvil.RpcUrl, AnvilFixture.ChainId, registryAddress, ChainOptions.DevChainSignerKey, 0,
            WorkLicensingAddress: licensingAddress, WorkDisputesAddress: disputesAddress);
        return await StartAsync(chain, dataDirectory, settings, configure);
    }

    /// <summary>The services on contracts already deployed on any node (one the test runs itself, or a proxy in front of one).</summary>
    public static Task<CoreHost> StartAsync(ChainConnection chain, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null) =>
        StartAsync(chain, dataDirectory, settings, null);

    /// <summary>The same services configured for a chain node that is not there: for tests of what needs no chain (accounts, tokens).</summary>
    public static Task<CoreHost> StartWithoutChainAsync(string? dataDirectory = null, Action<IServiceCollection>? configure = null) =>
        StartAsync(new ChainConnection(SwitchableChain.DeadRpcUrl, AnvilFixture.ChainId, "0x" + new string('1', 40), ChainOptions.DevChainSignerKey, 0), dataDirectory, null, configure);

    private static async Task<CoreHost> StartAsync(ChainConnection chain, string? dataDirectory, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var owned = dataDirectory is null ? new TempDirectory("registry-core") : null;
        var data = dataDirectory ?? owned!.Path;
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data,
            ["Chain:RpcUrl"] = chain.RpcUrl,
            ["Chain:ChainId"] = chain.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Chain:WorkRegistryAddress"] = chain.WorkRegistryAddress,
            ["Chain:SignerKey"] = chain.SignerKey,
            ["Chain:WorkLicensingAddress"] = chain.WorkLicensingAddress,
            ["Chain:WorkDisputesAddress"] = chain.WorkDisputesAddress,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRegistryCore(configuration, data);
        services.AddSingleton<ManualClock>();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<ManualClock>()));
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        return new CoreHost(provider, data, owned, chain);
    }

    public async Task<RegistryDbContext> DbAsync() =>
        await Get<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _ownedData?.Dispose();
    }
}
