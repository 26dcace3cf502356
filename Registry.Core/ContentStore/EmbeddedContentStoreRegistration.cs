using Microsoft.Extensions.DependencyInjection;

namespace Registry.Core.ContentStore;

internal static class EmbeddedContentStoreRegistration
{
    public static IServiceCollection AddEmbeddedContentStore(this IServiceCollection services, string contentDirectory) =>
        services.AddSingleton<IContentStore>(_ => new EmbeddedContentStore(contentDirectory));
}
