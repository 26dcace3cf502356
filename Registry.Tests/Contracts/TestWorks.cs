using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Tests.Contracts;

/// <summary>Registration messages for made-up works: SHA-256 of a text, its raw CID, a metadata CID, a split.</summary>
internal static class TestWorks
{
    public const ushort WholeShare = 10_000;

    public static RegisterFunction Register(string content, params (string Recipient, ushort Share)[] split)
    {
        var (contentHash, metadataHash) = Hashes(content);
        return RegistrationMessages.Register(contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, Split(split));
    }

    public static Registration Registration(string content, params (string Recipient, ushort Share)[] split)
    {
        var (contentHash, metadataHash) = Hashes(content);
        return RegistrationMessages.BatchItem(contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, Split(split));
    }

    /// <summary>A relayed registration of <paramref name="content"/>, wholly the creator's, signed with their key.</summary>
    public static RegisterForFunction RegisterFor(
        string content, string creatorKey, long chainId, string registryAddress, BigInteger nonce, BigInteger deadline)
    {
        var (contentHash, metadataHash) = Hashes(content);
        var creator = new Nethereum.Signer.EthECKey(creatorKey).GetPublicAddress();
        RoyaltyShare[] split = [new(creator, WholeShare)];
        var signature = RelayedRegistrationSigner.Sign(
            creatorKey, chainId, registryAddress, nonce, deadline, contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, split);
        return RegistrationMessages.RegisterFor(
            contentHash, Cid.Raw(contentHash), Cid.Raw(metadataHash), 0, split, creator, deadline, signature);
    }

    private static (byte[] Content, byte[] Metadata) Hashes(string content) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(content)), SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"title\":\"{content}\"}}")));

    private static RoyaltyShare[] Split((string Recipient, ushort Share)[] split) =>
        split.Select(s => new RoyaltyShare(s.Recipient, s.Share)).ToArray();
}
