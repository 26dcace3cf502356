using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.ContentStore;

namespace Registry.Tests.Core.ContentStore;

public sealed class ContentStoreEmbeddedRegistrationTests
{
    [Fact]
    public void AddContentStore_WhenApiUrlIsNotSet_RegistersTheEmbeddedStore()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"registry-data-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ipfs:ApiUrl"] = "" }).Build();
        try
        {
            using var services = new ServiceCollection().AddContentStore(configuration, dataDirectory).BuildServiceProvider();

            Assert.IsType<EmbeddedContentStore>(services.GetRequiredService<IContentStore>());
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
