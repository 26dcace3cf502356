using System.Numerics;
using Nethereum.Hex.HexConvertors.Extensions;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;
using BatchRegistration = Registry.Contracts.WorkRegistry.ContractDefinition.Registration;

namespace Registry.Core.Chain;

/// <summary>The registry's call data for a work: identities as compact binary CIDs, the split as two arrays.</summary>
public static class RegistrationMessages
{
    public static RegisterFunction Register(byte[] contentHash, Cid contentCid, Cid? metadataCid, ulong fingerprint, IReadOnlyList<RoyaltyShare> split)
    {
        var item = BatchItem(contentHash, contentCid, metadataCid, fingerprint, split);
        return new RegisterFunction
        {
            ContentHash = item.ContentHash,
            ContentCid = item.ContentCid,
            MetadataCid = item.MetadataCid,
            Fingerprint = item.Fingerprint,
            Recipients = item.Recipients,
            Shares = item.Shares,
        };
    }

    /// <summary>
    /// A relayed registration: the work is minted to <paramref name="creator"/>, whose
    /// <see cref="RelayedRegistrationSigner.Sign"/> signature over the same work and deadline it carries.
    /// </summary>
    public static RegisterForFunction RegisterFor(
        byte[] contentHash, Cid contentCid, Cid? metadataCid, ulong fingerprint, IReadOnlyList<RoyaltyShare> split,
        string creator, BigInteger deadline, string signature) => new()
    {
        Registration = BatchItem(contentHash, contentCid, metadataCid, fingerprint, split),
        Creator = creator,
        Deadline = deadline,
        Signature = signature.HexToByteArray(),
    };

    public static BatchRegistration BatchItem(byte[] contentHash, Cid contentCid, Cid? metadataCid, ulong fingerprint, IReadOnlyList<RoyaltyShare> split) => new()
    {
        ContentHash = contentHash,
        ContentCid = contentCid.Bytes.ToArray(),
        MetadataCid = metadataCid?.Bytes.ToArray() ?? [],
        Fingerprint = fingerprint,
        Recipients = split.Select(s => s.Recipient).ToList(),
        Shares = split.Select(s => s.BasisPoints).ToList(),
    };
}
