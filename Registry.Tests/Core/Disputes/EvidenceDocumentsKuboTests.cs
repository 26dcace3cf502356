using Microsoft.Extensions.Options;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>Evidence on a real IPFS node (js-ipfs, the Kubo RPC API): the limit stops the upload mid-request and the refusal still names the file's size.</summary>
[Collection(IpfsCollection.Name)]
public sealed class EvidenceDocumentsKuboTests(IpfsNodeFixture node) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    [Fact]
    public async Task Store_AFileOverTheLimitToAnIpfsNode_StopsTheUploadAtTheLimitAndSaysHowLargeTheFileIs()
    {
        var store = new CountingContentStore(new KuboContentStore(_http, Options.Create(new IpfsOptions { ApiUrl = node.ApiUrl, RequestTimeout = TimeSpan.FromSeconds(30) })));
        var documents = new EvidenceDocuments(store, TimeProvider.System);

        var stored = await documents.StoreAsync(EvidenceKind.Evidence, null, 1, "The scan.",
            [new EvidenceFile("scan.tif", "image/tiff", new PatternContentStream(11 * DisputeLimits.Mebibyte + 5))], "0x" + new string('a', 40), CancellationToken.None);

        Assert.Equal("'scan.tif' is 11.1 MiB; each file may be at most 10 MiB.", stored.Refusal?.Message);
        Assert.InRange(store.BytesReadPerAdd.Single(), 0, DisputeLimits.MaxFileBytes);
    }

    [Fact]
    public async Task Store_AStatementWithAFileOnAnIpfsNode_ReadsBackTheSameDocument()
    {
        var documents = new EvidenceDocuments(new KuboContentStore(_http, Options.Create(new IpfsOptions { ApiUrl = node.ApiUrl })), TimeProvider.System);

        var stored = await documents.StoreAsync(EvidenceKind.Reason, 3, 1, "Frozen: the sketches predate it.",
            [new EvidenceFile("note.txt", "text/plain", new PatternContentStream(1000))], "0x" + new string('b', 40), CancellationToken.None);

        var document = await documents.ReadAsync(stored.Cid!, CancellationToken.None);
        Assert.NotNull(document);
        var expected = stored.Document!;
        Assert.Equal((expected.Kind, expected.DisputeId, expected.Statement, expected.Author, expected.CreatedAt),
            (document.Kind, document.DisputeId, document.Statement, document.Author, document.CreatedAt));
        Assert.Equal(expected.Files, document.Files);
    }

    public void Dispose() => _http.Dispose();
}
