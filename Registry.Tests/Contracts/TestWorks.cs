using System.Security.Cryptography;
using System.Text;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;

namespace Registry.Tests.Contracts;

/// <summary>Registration messages for made-up works: SHA-256 of a text, its raw CID, a metadata CID, a split.</summary>
internal static class TestWorks
{
    public const ushort WholeShare = 10_000;

    public static RegisterFunction Register(string content, params (string Recipient, ushort Share)[] split)
    {
        var registration = Registration(content, split);
        return new RegisterFunction
        {
            ContentHash = registration.ContentHash,
            ContentCid = registration.ContentCid,
            MetadataCid = registration.MetadataCid,
            Fingerprint = registration.Fingerprint,
            Recipients = registration.Recipients,
            Shares = registration.Shares,
        };
    }

    public static Registration Registration(string content, params (string Recipient, ushort Share)[] split)
    {
        var contentHash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        var metadataHash = SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"title\":\"{content}\"}}"));
        return new Registration
        {
            ContentHash = contentHash,
            ContentCid = Cid.Raw(contentHash).Bytes.ToArray(),
            MetadataCid = Cid.Raw(metadataHash).Bytes.ToArray(),
            Fingerprint = 0,
            Recipients = split.Select(s => s.Recipient).ToList(),
            Shares = split.Select(s => s.Share).ToList(),
        };
    }
}
