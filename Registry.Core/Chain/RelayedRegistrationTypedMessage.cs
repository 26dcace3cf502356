using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace Registry.Core.Chain;

/// <summary>
/// The EIP-712 <c>Register</c> struct a creator signs for <c>WorkRegistry.registerFor</c>; its members, their types
/// and their order are the contract's <c>REGISTER_TYPEHASH</c> type string and must change only with it.
/// </summary>
[Struct("Register")]
internal sealed class RelayedRegistrationTypedMessage
{
    [Parameter("address", "creator", 1)]
    public string Creator { get; set; } = "";

    [Parameter("bytes32", "contentHash", 2)]
    public byte[] ContentHash { get; set; } = [];

    [Parameter("bytes", "contentCid", 3)]
    public byte[] ContentCid { get; set; } = [];

    [Parameter("bytes", "metadataCid", 4)]
    public byte[] MetadataCid { get; set; } = [];

    [Parameter("uint64", "fingerprint", 5)]
    public ulong Fingerprint { get; set; }

    [Parameter("address[]", "recipients", 6)]
    public List<string> Recipients { get; set; } = [];

    [Parameter("uint16[]", "shares", 7)]
    public List<ushort> Shares { get; set; } = [];

    [Parameter("uint256", "nonce", 8)]
    public BigInteger Nonce { get; set; }

    [Parameter("uint256", "deadline", 9)]
    public BigInteger Deadline { get; set; }
}
