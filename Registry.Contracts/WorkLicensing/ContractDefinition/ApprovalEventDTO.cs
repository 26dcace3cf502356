using System.Numerics;

namespace Registry.Contracts.WorkLicensing.ContractDefinition;

/// <summary>
/// The licence token's ERC-721 <c>Approval</c>: the same event on chain as before, with OpenZeppelin's ABI names
/// (<c>approved</c>, <c>tokenId</c>) kept next to Solady's (<c>account</c>, <c>id</c>) for code written against them.
/// </summary>
public partial class ApprovalEventDTO
{
    public string Approved { get => Account; set => Account = value; }

    public BigInteger TokenId { get => Id; set => Id = value; }
}
