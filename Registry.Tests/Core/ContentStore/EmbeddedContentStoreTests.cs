using Registry.Tests.Infrastructure;
using System.Text;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Tests.Core.Fingerprints;

namespace Registry.Tests.Core.ContentStore;

public sealed class EmbeddedContentStoreTests : IDisposable
{
    private const string HelloWorldCid = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e";
    private readonly TempDirectory _folder = new("registry-store");
    private readonly EmbeddedContentStore _store;

    public EmbeddedContentStoreTests() => _store = new EmbeddedContentStore(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddAsync_ReturnsTheCidIpfsGivesAndStoresTheBytesUnderIt()
    {
        var vector = CidVectors.Get("xorshift32 1048576 bytes");
        var content = CidVectors.ContentOf(vector).ToArray();

        var cid = await _store.AddAsync(new MemoryStream(content), CancellationToken.None);

        Assert.Equal(vector.Cid, cid.ToString());
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(_folder.Path, vector.Cid)));
    }

    [Fact]
    public async Task AddAsync_WhenDone_LeavesOnlyTheContentFile()
    {
        await _store.AddAsync(HelloWorld(), CancellationToken.None);

        Assert.Equal([HelloWorldCid], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AddAsync_WhenSameContentAddedTwice_KeepsOneFile()
    {
        var first = await _store.AddAsync(HelloWorld(), CancellationToken.None);
        var second = await _store.AddAsync(HelloWorld(), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AddAsync_WhenRootFolderDoesNotExistYet_CreatesIt()
    {
        var store = new EmbeddedContentStore(Path.Combine(_folder.Path, "a", "b"));

        var cid = await store.AddAsync(HelloWorld(), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(_folder.Path, "a", "b", cid.ToString())));
    }

    [Fact]
    public async Task AddAsync_WhenRootIsAFile_ThrowsUnavailableNamingTheFolder()
    {
        var notAFolder = Path.Combine(_folder.Path, "file");
        await File.WriteAllTextAsync(notAFolder, "x");
        var store = new EmbeddedContentStore(notAFolder);

        var e = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => store.AddAsync(HelloWorld(), CancellationToken.None));

        Assert.Contains(notAFolder, e.Message);
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public async Task AddAsync_WhenContentStreamFails_ThrowsItsExceptionAndKeepsNothing()
    {
        var dropped = new IOException("the client went away");

        var e = await Assert.ThrowsAsync<IOException>(() =>
            _store.AddAsync(new FailingStream(3 * ContentFingerprinter.ChunkSize + 5, dropped), CancellationToken.None));

        Assert.Same(dropped, e);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task AddAsync_WhenCancelled_ThrowsAndKeepsNothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.AddAsync(HelloWorld(), cancellation.Token));

        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task OpenReadAsync_AfterAdd_ReadsTheSameBytes()
    {
        var cid = await _store.AddAsync(HelloWorld(), CancellationToken.None);

        await using var stream = await _store.OpenReadAsync(cid, CancellationToken.None);
        using var reader = new StreamReader(stream, Encoding.UTF8);

        Assert.Equal("hello world", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task OpenReadAsync_WhenAbsent_ThrowsContentNotFound()
    {
        var cid = Cid.Parse(HelloWorldCid);

        var e = await Assert.ThrowsAsync<ContentNotFoundException>(() => _store.OpenReadAsync(cid, CancellationToken.None));

        Assert.Equal(cid, e.Cid);
    }

    [Fact]
    public async Task PinAsync_WhenPresent_Completes()
    {
        var cid = await _store.AddAsync(HelloWorld(), CancellationToken.None);

        await _store.PinAsync(cid, CancellationToken.None);

        Assert.True(await _store.ContainsAsync(cid, CancellationToken.None));
    }

    [Fact]
    public async Task PinAsync_WhenAbsent_ThrowsContentNotFound()
    {
        await Assert.ThrowsAsync<ContentNotFoundException>(() => _store.PinAsync(Cid.Parse(HelloWorldCid), CancellationToken.None));
    }

    [Fact]
    public async Task ContainsAsync_IsFalseBeforeAddAndTrueAfter()
    {
        var cid = Cid.Parse(HelloWorldCid);
        Assert.False(await _store.ContainsAsync(cid, CancellationToken.None));

        await _store.AddAsync(HelloWorld(), CancellationToken.None);

        Assert.True(await _store.ContainsAsync(cid, CancellationToken.None));
    }

    private static MemoryStream HelloWorld() => new("hello world"u8.ToArray());
}
