using Registry.Core.ContentStore;

namespace Registry.Tests.Core.ContentStore;

public sealed class KuboApiAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5001", "http://127.0.0.1:5001")]
    [InlineData("http://127.0.0.1:5001/", "http://127.0.0.1:5001")]
    [InlineData("http://ipfs.internal:5001/api/v0/", "http://ipfs.internal:5001")]
    [InlineData("https://node.example/ipfs-api", "https://node.example/ipfs-api")]
    public void Parse_WhenGivenAUrl_ReturnsTheBaseOfItsCalls(string configured, string expected)
    {
        Assert.Equal(expected, KuboApiAddress.Parse(configured));
    }

    [Theory]
    [InlineData("/ip4/127.0.0.1/tcp/5001", "http://127.0.0.1:5001")]
    [InlineData("/ip4/127.0.0.1/tcp/45645/http", "http://127.0.0.1:45645")]
    [InlineData("/dns4/ipfs/tcp/5001", "http://ipfs:5001")]
    [InlineData("/ip6/::1/tcp/5001", "http://[::1]:5001")]
    public void Parse_WhenGivenAMultiaddress_ReturnsTheEquivalentUrl(string configured, string expected)
    {
        Assert.Equal(expected, KuboApiAddress.Parse(configured));
    }

    [Theory]
    [InlineData("localhost:5001")]
    [InlineData("ftp://127.0.0.1:5001")]
    [InlineData("/ip4/127.0.0.1/udp/5001")]
    public void Parse_WhenNotAnRpcApiAddress_ThrowsWithAnExample(string configured)
    {
        var error = Assert.Throws<FormatException>(() => KuboApiAddress.Parse(configured));

        Assert.Equal($"'{configured}' is not the address of an IPFS RPC API: use a URL such as http://127.0.0.1:5001 or a multiaddress such as /ip4/127.0.0.1/tcp/5001.", error.Message);
    }
}
