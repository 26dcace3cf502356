using System.Numerics;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Core.Chain;

/// <summary>
/// Signs, with a creator's own key, the EIP-712 message that lets the platform relay <c>registerFor</c> and pay its
/// gas while the work is minted to the creator. The signature is valid once (the creator's nonce), until the deadline,
/// on one chain and one registry contract only.
/// </summary>
public static class RelayedRegistrationSigner
{
    /// <summary>The EIP-712 domain name and version of WorkRegistry.</summary>
    public const string DomainName = "WorkRegistry";

    public const string DomainVersion = "1";

    /// <summary>The signed struct, exactly as the contract's <c>REGISTER_TYPEHASH</c> hashes it.</summary>
    public const string RegisterType =
        "Register(address creator,bytes32 contentHash,bytes contentCid,bytes metadataCid,uint64 fingerprint,"
        + "address[] recipients,uint16[] shares,uint256 nonce,uint256 deadline)";

    /// <summary>
    /// The creator's 65-byte signature (r, s, v) as 0x-hex over a registration of this work for the key's own address.
    /// </summary>
    /// <param name="creatorPrivateKeyHex">The creator's private key; used for this signature only, never kept or logged.</param>
    /// <param name="nonce">The creator's current <c>nonces(creator)</c> on the registry.</param>
    /// <param name="deadline">Last Unix second at which the registry accepts the signature.</param>
    public static string Sign(
        string creatorPrivateKeyHex,
        long chainId,
        string registryAddress,
        BigInteger nonce,
        BigInteger deadline,
        byte[] contentHash,
        Cid contentCid,
        Cid? metadataCid,
        ulong fingerprint,
        IReadOnlyList<RoyaltyShare> split)
    {
        var key = new EthECKey(creatorPrivateKeyHex);
        var registration = RegistrationMessages.BatchItem(contentHash, contentCid, metadataCid, fingerprint, split);
        var message = new RelayedRegistrationTypedMessage
        {
            Creator = key.GetPublicAddress(),
            ContentHash = registration.ContentHash,
            ContentCid = registration.ContentCid,
            MetadataCid = registration.MetadataCid,
            Fingerprint = registration.Fingerprint,
            Recipients = registration.Recipients,
            Shares = registration.Shares,
            Nonce = nonce,
            Deadline = deadline,
        };
        var typedData = new TypedData<Domain>
        {
            Domain = new Domain { Name = DomainName, Version = DomainVersion, ChainId = chainId, VerifyingContract = registryAddress },
            Types = MemberDescriptionFactory.GetTypesMemberDescription(typeof(Domain), typeof(RelayedRegistrationTypedMessage)),
            PrimaryType = "Register",
        };
        return new Eip712TypedDataSigner().SignTypedDataV4(message, typedData, key);
    }
}
