using System.Numerics;
using System.Security.Cryptography;
using Nethereum.ABI;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Indexing;

namespace Registry.Tests.Core.Indexing;

/// <summary>The registry's hot events decoded from raw topics and data, against logs ABI-encoded by Nethereum.</summary>
public sealed class RegistryLogDecoderTests
{
    private const string Creator = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private const string CoAuthor = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    private static readonly byte[] ContentHash = SHA256.HashData("a poem"u8);
    private static readonly byte[] ContentCid = Cid.Raw(ContentHash).Bytes.ToArray();
    private static readonly byte[] MetadataCid = Cid.Raw(SHA256.HashData("its metadata"u8)).Bytes.ToArray();

    [Fact]
    public void DecodeWorkRegistered_OfAnAbiEncodedLog_ReadsEveryFieldAsNethereumDoes()
    {
        var log = WorkRegistered(workId: 4_294_967_301, fingerprint: 0xF00D_CAFE_0000_0001, metadataCid: MetadataCid);

        var decoded = RegistryLogDecoder.DecodeWorkRegistered(log);

        Assert.Equal(4_294_967_301, decoded.WorkId);
        Assert.Equal(ContentHash, decoded.ContentHash);
        Assert.Equal(Creator, decoded.Creator);
        Assert.Equal(ContentCid, decoded.ContentCid);
        Assert.Equal(MetadataCid, decoded.MetadataCid);
        Assert.Equal(0xF00D_CAFE_0000_0001, decoded.Fingerprint);
        Assert.Equal([Creator, CoAuthor], decoded.Recipients);
        Assert.Equal([(ushort)7_000, (ushort)3_000], decoded.Shares);
        var nethereum = log.ToFilterLog().DecodeEvent<WorkRegisteredEventDTO>().Event;
        Assert.Equal(((long)nethereum.WorkId, nethereum.Creator.ToLowerInvariant(), nethereum.Fingerprint), (decoded.WorkId, decoded.Creator, decoded.Fingerprint));
        Assert.Equal(nethereum.ContentHash, decoded.ContentHash);
        Assert.Equal(nethereum.ContentCid, decoded.ContentCid);
        Assert.Equal(nethereum.MetadataCid, decoded.MetadataCid);
        Assert.Equal(nethereum.Recipients.Select(r => r.ToLowerInvariant()), decoded.Recipients);
        Assert.Equal(nethereum.Shares, decoded.Shares);
    }

    [Fact]
    public void DecodeWorkRegistered_WithoutAMetadataCid_ReadsAnEmptyOne()
    {
        var decoded = RegistryLogDecoder.DecodeWorkRegistered(WorkRegistered(workId: 1, fingerprint: 0, metadataCid: []));

        Assert.Empty(decoded.MetadataCid);
        Assert.Equal(ContentCid, decoded.ContentCid);
        Assert.Equal(0UL, decoded.Fingerprint);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5 * 32)]
    [InlineData(5 * 32 + 16)]
    public void DecodeWorkRegistered_WhenTheDataIsCutShort_Throws(int keptBytes)
    {
        var log = WorkRegistered(workId: 1, fingerprint: 0, metadataCid: MetadataCid);
        var cut = Raw(log.Topics, log.Data[..keptBytes]);

        Assert.Throws<FormatException>(() => RegistryLogDecoder.DecodeWorkRegistered(cut));
    }

    [Fact]
    public void DecodeWorkRegistered_WhenAnOffsetPointsPastTheData_Throws()
    {
        var log = WorkRegistered(workId: 1, fingerprint: 0, metadataCid: MetadataCid);
        var data = log.Data.ToArray();
        data[30] = 0xFF; // the content CID's offset, now 0xFF00 and more

        Assert.Throws<FormatException>(() => RegistryLogDecoder.DecodeWorkRegistered(Raw(log.Topics, data)));
    }

    [Fact]
    public void DecodeWorkRegistered_OfAnotherEvent_Throws() =>
        Assert.Throws<FormatException>(() => RegistryLogDecoder.DecodeWorkRegistered(Transfer("0x" + new string('0', 40), Creator, 1)));

    [Fact]
    public void IsMint_OfATransferFromTheZeroAddress_IsTrueAndOfOneBetweenOwnersFalse()
    {
        Assert.True(RegistryLogDecoder.IsMint(Transfer("0x" + new string('0', 40), Creator, 7)));
        Assert.False(RegistryLogDecoder.IsMint(Transfer(Creator, CoAuthor, 7)));
        Assert.False(RegistryLogDecoder.IsMint(WorkRegistered(workId: 7, fingerprint: 0, metadataCid: [])));
        Assert.False(RegistryLogDecoder.IsWorkRegistered(Transfer("0x" + new string('0', 40), Creator, 7)));
    }

    private static RawLog WorkRegistered(long workId, ulong fingerprint, byte[] metadataCid)
    {
        var data = new ABIEncode().GetABIEncoded(
            new ABIValue("bytes", ContentCid),
            new ABIValue("bytes", metadataCid),
            new ABIValue("uint64", fingerprint),
            new ABIValue("address[]", new List<string> { Creator, CoAuthor }),
            new ABIValue("uint16[]", new List<ushort> { 7_000, 3_000 }));
        return Raw(Topics(Signature<WorkRegisteredEventDTO>(), Word(workId), ContentHash, Word(Creator)), data);
    }

    private static RawLog Transfer(string from, string to, long tokenId) =>
        Raw(Topics(Signature<TransferEventDTO>(), Word(from), Word(to), Word(tokenId)), []);

    private static byte[] Signature<TEvent>() where TEvent : IEventDTO, new() => ABITypedRegistry.GetEvent<TEvent>().Sha3Signature.HexToByteArray();

    private static byte[] Word(long value) => new BigInteger(value).ToByteArray(isUnsigned: true, isBigEndian: true) is var bytes
        ? [.. new byte[32 - bytes.Length], .. bytes]
        : [];

    private static byte[] Word(string address) => [.. new byte[12], .. address.HexToByteArray()];

    private static byte[] Topics(params byte[][] topics) => topics.SelectMany(t => t).ToArray();

    private static RawLog Raw(byte[] topics, byte[] data) => new()
    {
        Address = "0x5fbdb2315678afecb367f032d93f642f64180aa3",
        Topics = topics,
        Data = data,
        BlockNumber = 12,
        BlockHash = "0x" + new string('b', 64),
        TransactionHash = "0x" + new string('c', 64),
        LogIndex = 3,
    };
}
