using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints.Perceptual;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Core.Licensing.Certificates;
using Registry.Core.Persistence;
using Registry.Core.Previews;
using Registry.Core.Registration;
using Registry.Core.Search;
using Registry.Core.Similarity;
using Registry.Core.Verification;
using Registry.Core.Works;

namespace Registry.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The registry's domain services on their embedded defaults: a dev chain started and deployed in the data
    /// folder, the local content store, a SQLite file, accounts, the registration pipeline and the indexer.
    /// </summary>
    /// <param name="contentRoot">Relative data folders are resolved against it.</param>
    public static IServiceCollection AddRegistryCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .PostConfigure(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, contentRoot));
        services.AddOptions<ChainOptions>().BindConfiguration(ChainOptions.Section);
        services.AddOptions<IndexerOptions>().BindConfiguration(IndexerOptions.Section);
        services.AddSingleton(TimeProvider.System);

        var dataDirectory = StorageOptions.ResolveDataDirectory(configuration, contentRoot);
        Directory.CreateDirectory(dataDirectory);
        var connectionString = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"];
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(dataDirectory, "registry.db")};Pooling=True";
        services.AddDbContextFactory<RegistryDbContext>(o => o.UseSqlite(connectionString));
        services.AddHostedService<DatabaseStartup>();

        services.AddContentStore(configuration, dataDirectory);
        services.AddRegistryAccounts(dataDirectory);

        services.AddSingleton<ChainConnectionSource>();
        services.AddSingleton<IChainConnectionProvider>(sp => sp.GetRequiredService<ChainConnectionSource>());
        services.AddHostedService<DevChainHost>();
        services.AddSingleton<WorkRegistryGateway>();

        services.AddSingleton<WorkCatalog>();
        services.AddSingleton<WorkContentService>();
        services.AddSingleton<WorkTransfers>();
        services.AddSingleton<LicensingGateway>();
        services.AddSingleton<OfferService>();
        services.AddSingleton<LicencePurchases>();
        services.AddSingleton<Earnings>();
        services.AddSingleton<WorkSearch>();
        services.AddSingleton<VerificationService>();
        services.AddSingleton<LicenceCatalog>();
        services.AddSingleton<RoyaltyReports>();
        services.AddSingleton<LicenceCertificates>();
        services.AddDisputes();
        services.AddSingleton(sp => new WorkPreviews(sp.GetRequiredService<IContentStore>(), sp.GetRequiredService<IOptions<PerceptualFingerprintOptions>>().Value));
        services.AddSingleton<NearDuplicateIndex>();
        services.AddSingleton<SimilarWorks>();
        services.AddHostedService<NearDuplicateIndexLoader>();
        services.AddSingleton<RegistrationSignal>();
        services.AddOptions<PerceptualFingerprintOptions>().BindConfiguration(PerceptualFingerprintOptions.SectionName);
        services.AddSingleton(sp => new PerceptualFingerprinter(sp.GetRequiredService<IOptions<PerceptualFingerprintOptions>>().Value));
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<RegistrationProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<RegistrationProcessor>());

        services.AddSingleton<IndexerStatus>();
        services.AddSingleton<IndexerStatusReader>();
        services.AddSingleton<ReadModelRebuild>();
        services.AddSingleton<IndexingPass>();
        services.AddSingleton<MetadataResolver>();
        services.AddSingleton<ChainIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<ChainIndexer>());

        services.AddSingleton<ModeratorGrantProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<ModeratorGrantProcessor>());
        return services;
    }
}
