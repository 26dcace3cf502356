using System.Numerics;

namespace Registry.Contracts.WorkLicensing.ContractDefinition;

/// <summary>
/// The licence token's ERC-721 <c>Transfer</c>. On chain it is the event it always was (same signature, same three
/// indexed topics), but Solady's ERC-721 names the token <c>id</c> in the ABI where OpenZeppelin's said <c>tokenId</c>;
/// <see cref="TokenId"/> keeps the earlier name working for code written against it.
/// </summary>
public partial class TransferEventDTO
{
    public BigInteger TokenId { get => Id; set => Id = value; }
}
