using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.ABI;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Util;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Tests.Core.Chain;

/// <summary>
/// The signer against an EIP-712 digest built here by hand from the type strings, so that a change of the signed
/// struct on either side (C# message class or the contract's type string) fails without a chain.
/// </summary>
public sealed class RelayedRegistrationSignerTests
{
    private const long ChainId = 31337;
    private const string Registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private const string CoAuthor = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    private static readonly byte[] ContentHash = SHA256.HashData(Encoding.UTF8.GetBytes("a poem"));
    private static readonly Cid ContentCid = Cid.Raw(ContentHash);
    private static readonly Cid MetadataCid = Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes("{\"title\":\"a poem\"}")));

    [Fact]
    public void Sign_ForAWork_IsTheCreatorsSignatureOverTheEip712DigestOfTheRegisterType()
    {
        var key = EthECKey.GenerateKey();
        var creator = key.GetPublicAddress();
        RoyaltyShare[] split = [new(creator, 7_000), new(CoAuthor, 3_000)];
        const ulong fingerprint = 0x8f3c_a1d2_0b7e_6954;

        var signature = RelayedRegistrationSigner.Sign(
            key.GetPrivateKey(), ChainId, Registry, nonce: 2, deadline: 1_800_000_000, ContentHash, ContentCid, MetadataCid, fingerprint, split);

        var digest = Digest(creator, fingerprint, split, nonce: 2, deadline: 1_800_000_000);
        Assert.Equal(65, signature.HexToByteArray().Length);
        Assert.Equal(creator, new MessageSigner().EcRecover(digest, signature), ignoreCase: true);
    }

    [Fact]
    public void Sign_ForAnotherNonce_SignsAnotherDigest()
    {
        var key = EthECKey.GenerateKey();
        var creator = key.GetPublicAddress();
        RoyaltyShare[] split = [new(creator, RoyaltyShare.Whole)];

        var signature = RelayedRegistrationSigner.Sign(
            key.GetPrivateKey(), ChainId, Registry, nonce: 1, deadline: 1_800_000_000, ContentHash, ContentCid, MetadataCid, 0, split);

        var digestOfNonceZero = Digest(creator, 0, split, nonce: 0, deadline: 1_800_000_000);
        Assert.NotEqual(creator, new MessageSigner().EcRecover(digestOfNonceZero, signature), StringComparer.OrdinalIgnoreCase);
    }

    private static byte[] Digest(string creator, ulong fingerprint, IReadOnlyList<RoyaltyShare> split, BigInteger nonce, BigInteger deadline)
    {
        var abi = new ABIEncode();
        var domainSeparator = Keccak(abi.GetABIEncoded(
            new ABIValue("bytes32", Keccak("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
            new ABIValue("bytes32", Keccak("WorkRegistry")),
            new ABIValue("bytes32", Keccak("1")),
            new ABIValue("uint256", new BigInteger(ChainId)),
            new ABIValue("address", Registry)));
        var recipients = split.SelectMany(s => abi.GetABIEncoded(new ABIValue("address", s.Recipient))).ToArray();
        var shares = split.SelectMany(s => abi.GetABIEncoded(new ABIValue("uint16", s.BasisPoints))).ToArray();
        var structHash = Keccak(abi.GetABIEncoded(
            new ABIValue("bytes32", Keccak(RelayedRegistrationSigner.RegisterType)),
            new ABIValue("address", creator),
            new ABIValue("bytes32", ContentHash),
            new ABIValue("bytes32", Keccak(ContentCid.Bytes.ToArray())),
            new ABIValue("bytes32", Keccak(MetadataCid.Bytes.ToArray())),
            new ABIValue("uint64", fingerprint),
            new ABIValue("bytes32", Keccak(recipients)),
            new ABIValue("bytes32", Keccak(shares)),
            new ABIValue("uint256", nonce),
            new ABIValue("uint256", deadline)));
        return Keccak([0x19, 0x01, .. domainSeparator, .. structHash]);
    }

    private static byte[] Keccak(string text) => Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(text));

    private static byte[] Keccak(byte[] data) => Sha3Keccack.Current.CalculateHash(data);
}
