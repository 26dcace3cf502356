using System.Text;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>Evidence files and documents on the embedded content store, with the limits enforced while the files are read.</summary>
public sealed class EvidenceDocumentsTests : IDisposable
{
    private const string Author = "0x00000000000000000000000000000000000000aa";

    /// <summary>The embedded store reads its input in chunks of this size.</summary>
    private const long OneBuffer = 256 * 1024;

    private readonly TempDirectory _folder = new("evidence");
    private readonly CountingContentStore _store;
    private readonly EvidenceDocuments _documents;

    public EvidenceDocumentsTests()
    {
        _store = new CountingContentStore(new EmbeddedContentStore(_folder.Path));
        _documents = new EvidenceDocuments(_store, TimeProvider.System);
    }

    [Fact]
    public async Task Store_AStatementWithFiles_StoresEachFileUnderItsCidAndTheDocumentNamingThem()
    {
        var files = new[]
        {
            new EvidenceFile("photos/original.jpg", "image/jpeg", new PatternContentStream(300_000)),
            new EvidenceFile("letter.txt", "", new MemoryStream(Encoding.UTF8.GetBytes("I painted it in 2019."))),
        };

        var stored = await _documents.StoreAsync(EvidenceKind.CounterStatement, 7, 3, "It is mine. 这是我的作品。", files, Author.ToUpperInvariant().Replace("0X", "0x"), CancellationToken.None);

        Assert.Null(stored.Refusal);
        var document = await _documents.ReadAsync(stored.Cid!, CancellationToken.None);
        Assert.NotNull(document);
        Assert.Equal((EvidenceKind.CounterStatement, (long?)7, 3L, "It is mine. 这是我的作品。", Author), (document.Kind, document.DisputeId, document.WorkId, document.Statement, document.Author));
        Assert.Equal([("original.jpg", "image/jpeg", 300_000L), ("letter.txt", "application/octet-stream", 21L)], document.Files.Select(f => (f.Name, f.ContentType, f.Size)));
        await using var photo = await _store.OpenReadAsync(Cid.Parse(document.Files[0].Cid), CancellationToken.None);
        var copy = new MemoryStream();
        await photo.CopyToAsync(copy);
        Assert.Equal(PatternContentStream.Bytes(300_000), copy.ToArray());
        var json = await RawAsync(stored.Cid!);
        Assert.Contains("\"kind\":\"counter-statement\"", json);
        Assert.Contains("这是我的作品", json);
    }

    [Fact]
    public async Task Store_AFileOfUnknownLengthOverTheLimit_StopsTheStoreAtTheLimitAndSaysHowLargeTheFileIs()
    {
        var scan = new PatternContentStream(12 * DisputeLimits.Mebibyte);

        var stored = await _documents.StoreAsync(EvidenceKind.Evidence, null, 1, "See the scan.", [new EvidenceFile("scan.pdf", "application/pdf", scan)], Author, CancellationToken.None);

        Assert.Equal(DisputeProblem.FileTooLarge, stored.Refusal?.Problem);
        Assert.Equal("'scan.pdf' is 12.0 MiB; each file may be at most 10 MiB.", stored.Refusal?.Message);
        Assert.Null(stored.Cid);
        Assert.InRange(_store.BytesReadPerAdd.Single(), 0, DisputeLimits.MaxFileBytes + OneBuffer);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Store_FilesTogetherOverTheLimit_StopsTheStoreAtTheLimitAndSaysHowLargeTheyAreInAll()
    {
        var files = Enumerable.Range(1, 3).Select(i => new EvidenceFile($"page{i}.png", "image/png", new PatternContentStream(8 * DisputeLimits.Mebibyte + i))).ToList();

        var stored = await _documents.StoreAsync(EvidenceKind.Evidence, null, 1, "Three pages.", files, Author, CancellationToken.None);

        Assert.Equal(DisputeProblem.EvidenceTooLarge, stored.Refusal?.Problem);
        Assert.Equal("Evidence may be at most 20 MiB in all; these files are 24.1 MiB.", stored.Refusal?.Message);
        Assert.InRange(_store.BytesReadPerAdd.Sum(), 0, DisputeLimits.MaxTotalBytes + OneBuffer);
    }

    [Fact]
    public async Task Store_AFileOfKnownLengthOverTheLimit_IsRefusedBeforeTheStoreReadsAnything()
    {
        var files = new[]
        {
            new EvidenceFile("small.txt", "text/plain", new MemoryStream(new byte[10])),
            new EvidenceFile("huge.tif", "image/tiff", new MemoryStream(new byte[DisputeLimits.MaxFileBytes + 1])),
        };

        var stored = await _documents.StoreAsync(EvidenceKind.Evidence, null, 1, "Two files.", files, Author, CancellationToken.None);

        Assert.Equal("'huge.tif' is 10.1 MiB; each file may be at most 10 MiB.", stored.Refusal?.Message);
        Assert.Empty(_store.BytesReadPerAdd);
    }

    [Fact]
    public async Task Store_SixFiles_IsRefusedBeforeTheStoreReadsAnything()
    {
        var files = Enumerable.Range(1, 6).Select(i => new EvidenceFile($"{i}.txt", "text/plain", new MemoryStream([(byte)i]))).ToList();

        var stored = await _documents.StoreAsync(EvidenceKind.Appeal, 2, 1, "Six files.", files, Author, CancellationToken.None);

        Assert.Equal(DisputeProblem.TooManyFiles, stored.Refusal?.Problem);
        Assert.Equal("At most 5 files may be attached; these are 6.", stored.Refusal?.Message);
        Assert.Equal(["5", "6"], stored.Refusal?.Arguments);
        Assert.Empty(_store.BytesReadPerAdd);
    }

    [Fact]
    public async Task Store_ScriptInTheStatement_IsKeptVerbatimAsText()
    {
        const string statement = "<script>alert('stolen')</script> & <b>bold</b>";

        var stored = await _documents.StoreAsync(EvidenceKind.Evidence, null, 1, statement, [], Author, CancellationToken.None);

        Assert.Equal(statement, (await _documents.ReadAsync(stored.Cid!, CancellationToken.None))?.Statement);
        Assert.Contains("<script>alert('stolen')</script>", await RawAsync(stored.Cid!));
    }

    [Fact]
    public async Task Read_ContentThatIsNotADocument_ReturnsNull()
    {
        var cid = await _store.AddAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"kind\":\"verdict\",\"statement\":\"x\"}")), CancellationToken.None);

        Assert.Null(await _documents.ReadAsync(cid.ToString(), CancellationToken.None));
    }

    [Theory]
    [InlineData("not-a-cid")]
    [InlineData("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")]
    public async Task Read_AMalformedOrUnknownCid_ReturnsNull(string cid) =>
        Assert.Null(await _documents.ReadAsync(cid, CancellationToken.None));

    private async Task<string> RawAsync(string cid)
    {
        await using var content = await _store.OpenReadAsync(Cid.Parse(cid), CancellationToken.None);
        return await new StreamReader(content).ReadToEndAsync();
    }

    public void Dispose() => _folder.Dispose();
}
