using Registry.Core.Fingerprints;

namespace Registry.Tests.Core.Fingerprints;

public class CidTests
{
    // Other spellings of the same CIDs were computed with the multiformats npm package (the one js-ipfs uses).
    private const string HelloWorldRaw = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e";
    private const string HelloWorldRawBase58 = "zb2rhj7crUKTQYRGCRATFaQ6YFLTde2YzdqbbhAASkL9uRDXn";
    private const string EmptyDirectoryV0 = "QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn";
    private const string EmptyDirectoryV1 = "bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354";
    private const string EmptyDirectoryV1Base58 = "zdj7WbTaiJT1fgatdet9Ei9iDB5hdCxkbVyhyh8YTUnXMiwYi";

    [Fact]
    public void Raw_OfHelloWorldDigest_PrintsAsIpfsDoes()
    {
        var cid = Cid.Raw(System.Security.Cryptography.SHA256.HashData("hello world"u8));

        Assert.Equal(HelloWorldRaw, cid.ToString());
        Assert.Equal(Cid.RawCodec, cid.Codec);
    }

    [Theory]
    [InlineData(HelloWorldRaw)]
    [InlineData(EmptyDirectoryV1)]
    public void TryParse_Base32_RoundTripsThroughToString(string text)
    {
        Assert.True(Cid.TryParse(text, out var cid));
        Assert.Equal(text, cid.ToString());
    }

    [Theory]
    [InlineData(HelloWorldRawBase58, HelloWorldRaw)]
    [InlineData(EmptyDirectoryV1Base58, EmptyDirectoryV1)]
    public void TryParse_Base58Btc_GivesTheSameCidAsBase32(string base58, string base32)
    {
        Assert.True(Cid.TryParse(base58, out var cid));
        Assert.Equal(base32, cid.ToString());
        Assert.Equal(Cid.Parse(base32), cid);
    }

    [Fact]
    public void TryParse_CidV0_GivesTheEquivalentDagPbCidV1()
    {
        Assert.True(Cid.TryParse(EmptyDirectoryV0, out var cid));

        Assert.Equal(EmptyDirectoryV1, cid.ToString());
        Assert.Equal(Cid.DagPbCodec, cid.Codec);
    }

    [Fact]
    public void TryParse_WithSurroundingWhiteSpace_Accepts()
    {
        Assert.True(Cid.TryParse($"  {HelloWorldRaw}\n", out var cid));
        Assert.Equal(HelloWorldRaw, cid.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("b")]
    [InlineData("z")]
    [InlineData("bafkrei")]
    [InlineData("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5")]            // one character short
    [InlineData("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5ea")]          // one character long
    [InlineData("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5!")]           // not base32
    [InlineData("xafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e")]           // unknown multibase prefix
    [InlineData("bafyreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e")]           // dag-cbor codec
    [InlineData("bciqlstjhxgju2pqiuuxffv62pwv7vree57rxuu4a52iir55m4lx432i")]              // a bare multihash, not a CID
    [InlineData("QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3N0")]                        // 0 is not base58
    [InlineData("QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3N")]                         // CIDv0 one character short
    [InlineData("zb2rhj7crUKTQYRGCRATFaQ6YFLTde2YzdqbbhAASkL9uRDXnl")]                    // l is not base58
    [InlineData("bafkrgqaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // sha2-512
    public void TryParse_WhenMalformed_ReturnsFalse(string? text)
    {
        Assert.False(Cid.TryParse(text, out var cid));
        Assert.Null(cid);
    }

    [Fact]
    public void Parse_WhenMalformed_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Cid.Parse("bafkrei"));
    }

    [Fact]
    public void FromBytes_OfBytes_RoundTrips()
    {
        var cid = Cid.Parse(EmptyDirectoryV1);

        Assert.Equal(cid, Cid.FromBytes(cid.Bytes));
        Assert.Equal(36, cid.Bytes.Length);
    }

    [Fact]
    public void Equals_WhenSameDigestButOtherCodec_IsFalse()
    {
        var digest = System.Security.Cryptography.SHA256.HashData("hello world"u8);

        Assert.NotEqual(Cid.Raw(digest), Cid.DagPb(digest));
        Assert.Equal(Cid.Raw(digest), Cid.Raw(digest));
        Assert.Equal(Cid.Raw(digest).GetHashCode(), Cid.Raw(digest).GetHashCode());
    }
}
