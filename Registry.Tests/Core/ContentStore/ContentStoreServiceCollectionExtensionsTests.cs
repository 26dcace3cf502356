using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.ContentStore;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.ContentStore;

[Collection(IpfsCollection.Name)]
public sealed class ContentStoreServiceCollectionExtensionsTests(IpfsNodeFixture node)
{
    [Fact]
    public async Task AddContentStore_WhenApiUrlIsSet_RegistersTheKuboStoreForThatNode()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ipfs:ApiUrl"] = node.ApiUrl, ["Ipfs:RequestTimeout"] = "00:00:05" })
            .Build();
        await using var services = new ServiceCollection().AddContentStore(configuration, Path.GetTempPath()).BuildServiceProvider();

        var store = Assert.IsType<KuboContentStore>(services.GetRequiredService<IContentStore>());
        var cid = await store.AddAsync(new MemoryStream("hello world"u8.ToArray()), CancellationToken.None);

        Assert.Equal(node.ApiUrl, store.Node);
        Assert.Equal("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", cid.ToString());
    }

    [Fact]
    public void AddContentStore_WhenApiUrlIsMalformed_FailsAtRegistration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ipfs:ApiUrl"] = "localhost:5001" })
            .Build();

        Assert.Throws<FormatException>(() => new ServiceCollection().AddContentStore(configuration, Path.GetTempPath()));
    }
}
