using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.ContentStore;

[Collection(IpfsCollection.Name)]
public sealed class KuboContentStoreTests(IpfsNodeFixture node) : IDisposable
{
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(1.5);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    [Fact]
    public async Task AddAsync_WhenContentIsHelloWorld_ReturnsItsRawLeafCid()
    {
        var cid = await CreateStore().AddAsync(new MemoryStream("hello world"u8.ToArray()), CancellationToken.None);

        Assert.Equal("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e", cid.ToString());
    }

    [Fact]
    public async Task AddAsync_WhenContentIsEmpty_ReturnsTheEmptyRawLeafCid()
    {
        var cid = await CreateStore().AddAsync(new MemoryStream(), CancellationToken.None);

        Assert.Equal("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", cid.ToString());
    }

    [Fact]
    public async Task OpenReadAsync_AfterAddingOneMebibyte_ReturnsTheSameBytes()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(1024 * 1024);
        var cid = await store.AddAsync(new MemoryStream(content), CancellationToken.None);

        await using var read = await store.OpenReadAsync(cid, CancellationToken.None);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(Cid.DagPbCodec, cid.Codec);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task ContainsAsync_AfterAdd_ReturnsTrue()
    {
        var store = CreateStore();
        var cid = await store.AddAsync(new MemoryStream(UniqueContent()), CancellationToken.None);

        Assert.True(await store.ContainsAsync(cid, CancellationToken.None));
    }

    [Fact]
    public async Task ContainsAsync_WhenCidIsUnknown_ReturnsFalse()
    {
        Assert.False(await CreateStore().ContainsAsync(UnknownCid(), CancellationToken.None));
    }

    [Fact]
    public async Task ContainsAsync_WhenContentIsHeldButNotPinned_ReturnsFalse()
    {
        var cid = Cid.Parse(await node.AddUnpinnedAsync(UniqueContent()));

        Assert.False(await CreateStore().ContainsAsync(cid, CancellationToken.None));
    }

    [Fact]
    public async Task OpenReadAsync_WhenCidIsUnknown_ThrowsContentNotFoundWithinTheLookupTimeout()
    {
        var cid = UnknownCid();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ContentNotFoundException>(() => CreateStore().OpenReadAsync(cid, CancellationToken.None));

        Assert.Equal(cid, error.Cid);
        Assert.InRange(watch.Elapsed, LookupTimeout - TimeSpan.FromMilliseconds(100), LookupTimeout + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task OpenReadAsync_WhenCallerCancels_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateStore().OpenReadAsync(UnknownCid(), cancel.Token));
    }

    [Fact]
    public async Task PinAsync_WhenContentIsHeldButNotPinned_PinsIt()
    {
        var store = CreateStore();
        var cid = Cid.Parse(await node.AddUnpinnedAsync(UniqueContent()));

        await store.PinAsync(cid, CancellationToken.None);

        Assert.True(await store.ContainsAsync(cid, CancellationToken.None));
    }

    [Fact]
    public async Task PinAsync_WhenCidIsUnknown_ThrowsContentNotFound()
    {
        var cid = UnknownCid();

        var error = await Assert.ThrowsAsync<ContentNotFoundException>(() => CreateStore().PinAsync(cid, CancellationToken.None));

        Assert.Equal(cid, error.Cid);
    }

    [Fact]
    public async Task GetVersionAsync_ReturnsTheNodesVersion()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", await CreateStore().GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetPeerIdAsync_ReturnsTheNodesPeerId()
    {
        Assert.StartsWith("12D3KooW", await CreateStore().GetPeerIdAsync(CancellationToken.None));
    }

    public void Dispose() => _http.Dispose();

    private KuboContentStore CreateStore() =>
        new(_http, Options.Create(new IpfsOptions { ApiUrl = node.ApiUrl, ContentLookupTimeout = LookupTimeout, RequestTimeout = TimeSpan.FromSeconds(10) }));

    private static byte[] UniqueContent() => Encoding.UTF8.GetBytes($"registry test content {Guid.NewGuid()}");

    private static Cid UnknownCid() => Cid.Raw(SHA256.HashData(UniqueContent()));
}
