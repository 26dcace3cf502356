using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.ContentStore;

/// <summary>How the store reports a node that is down, hung or answering with errors: no real node needed.</summary>
public sealed class KuboContentStoreFailureTests
{
    private const string CannedNode = "http://127.0.0.1:5001";
    private static readonly Cid SomeCid = Cid.Parse("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");

    [Fact]
    public async Task AddAsync_WhenNothingListensOnThePort_ThrowsUnavailableSayingConnectionRefused()
    {
        var port = ClosedLoopbackPort();
        using var http = new HttpClient();
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = $"http://127.0.0.1:{port}" }));

        var error = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => store.AddAsync(new MemoryStream([1, 2, 3]), CancellationToken.None));

        Assert.Equal($"The IPFS node at http://127.0.0.1:{port} cannot be reached: Connection refused.", error.Message);
    }

    [Fact]
    public async Task GetVersionAsync_WhenTheNodeNeverAnswers_ThrowsUnavailableAfterTheRequestTimeout()
    {
        await using var server = new RawHttpServer();
        using var http = new HttpClient();
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = server.Url, RequestTimeout = TimeSpan.FromMilliseconds(500) }));

        var error = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Equal($"The IPFS node at {server.Url} did not answer within 0.5 seconds.", error.Message);
    }

    [Fact]
    public async Task AddAsync_WhenTheSourceStreamFails_ThrowsTheSourcesException()
    {
        await using var server = new RawHttpServer();
        using var http = new HttpClient();
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = server.Url }));
        var failure = new IOException("The upload was cut off.");

        var error = await Assert.ThrowsAsync<IOException>(() => store.AddAsync(new FailingStream(100_000, failure), CancellationToken.None));

        Assert.Same(failure, error);
    }

    [Fact]
    public async Task AddAsync_WhenTheNodeAnswersWithAnError_ThrowsUnavailableWithTheNodesMessage()
    {
        var store = StoreAnswering(HttpStatusCode.InternalServerError, """{"Message":"blockstore: disk full","Code":0,"Type":"error"}""");

        var error = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => store.AddAsync(new MemoryStream([1]), CancellationToken.None));

        Assert.Equal($"The IPFS node at {CannedNode} could not add the content: blockstore: disk full.", error.Message);
    }

    [Fact]
    public async Task GetVersionAsync_WhenTheAddressIsNotAnRpcApi_ThrowsUnavailableWithAHint()
    {
        var store = StoreAnswering(HttpStatusCode.NotFound, "404 page not found");

        var error = await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => store.GetVersionAsync(CancellationToken.None));

        Assert.Equal($"The IPFS node at {CannedNode} could not report its version: HTTP 404 Not Found (is this the address of its RPC API, usually port 5001?).", error.Message);
    }

    [Fact]
    public async Task OpenReadAsync_WhenKuboReportsTheBlockMissing_ThrowsContentNotFound()
    {
        var store = StoreAnswering(HttpStatusCode.InternalServerError, $$"""{"Message":"block was not found locally (offline): ipld: could not find {{SomeCid}}","Code":0,"Type":"error"}""");

        var error = await Assert.ThrowsAsync<ContentNotFoundException>(() => store.OpenReadAsync(SomeCid, CancellationToken.None));

        Assert.Equal(SomeCid, error.Cid);
    }

    [Fact]
    public async Task OpenReadAsync_WhenTheNodeStopsWithAStreamError_ThrowsIOExceptionAtTheEnd()
    {
        const string trailer = """{"Message":"Failed to cat file: request timed out","Code":0}""";
        await using var server = new RawHttpServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTrailer: X-Stream-Error\r\nTransfer-Encoding: chunked\r\n\r\n"
            + $"e\r\nthe first part\r\n0\r\nX-Stream-Error: {trailer}\r\n\r\n");
        using var http = new HttpClient();
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = server.Url }));
        await using var content = await store.OpenReadAsync(SomeCid, CancellationToken.None);

        var error = await Assert.ThrowsAsync<IOException>(() => content.CopyToAsync(Stream.Null));

        Assert.Equal($"The IPFS node at {server.Url} stopped sending {SomeCid} before the end: Failed to cat file: request timed out.", error.Message);
    }

    [Fact]
    public async Task OpenReadAsync_WhenTheNodeEndsWithoutAStreamError_ReadsTheWholeContent()
    {
        await using var server = new RawHttpServer(
            "HTTP/1.1 200 OK\r\nTrailer: X-Stream-Error\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        using var http = new HttpClient();
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = server.Url }));
        await using var content = await store.OpenReadAsync(SomeCid, CancellationToken.None);
        using var copy = new MemoryStream();

        await content.CopyToAsync(copy);

        Assert.Equal("hello"u8.ToArray(), copy.ToArray());
    }

    [Fact]
    public void Constructor_WhenApiUrlIsMissing_ThrowsNamingTheSetting()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<InvalidOperationException>(() => new KuboContentStore(http, Options.Create(new IpfsOptions())));

        Assert.Equal("Ipfs:ApiUrl is not set, so there is no IPFS node to talk to.", error.Message);
    }

    private static KuboContentStore StoreAnswering(HttpStatusCode status, string body)
    {
        var handler = new CannedAnswerHandler(_ => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) });
        return new KuboContentStore(new HttpClient(handler), Options.Create(new IpfsOptions { ApiUrl = CannedNode }));
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
