using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Registry.Core.ContentStore;

public static class ContentStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IContentStore"/>: the IPFS node at <c>Ipfs:ApiUrl</c> when that is set (also resolvable as
    /// <see cref="KuboContentStore"/> for health checks), otherwise the embedded store in <c>&lt;dataDirectory&gt;/content</c>.
    /// </summary>
    /// <exception cref="FormatException"><c>Ipfs:ApiUrl</c> is set but is not an address of an RPC API.</exception>
    public static IServiceCollection AddContentStore(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(IpfsOptions.Section);
        services.AddOptions<IpfsOptions>().Bind(section);

        var apiUrl = section[nameof(IpfsOptions.ApiUrl)];
        if (string.IsNullOrWhiteSpace(apiUrl))
            return services.AddEmbeddedContentStore(Path.Combine(dataDirectory, "content"));

        _ = KuboApiAddress.Parse(apiUrl); // a mistyped address fails at startup, not at the first upload
        services.AddHttpClient<KuboContentStore>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddTransient<IContentStore>(provider => provider.GetRequiredService<KuboContentStore>());
        return services;
    }
}
