namespace Registry.Contracts.WorkLicensing.ContractDefinition;

/// <summary>
/// The licence token's ERC-721 <c>ApprovalForAll</c>: the same event on chain as before, with OpenZeppelin's ABI name
/// <c>approved</c> kept next to Solady's <c>isApproved</c> for code written against it.
/// </summary>
public partial class ApprovalForAllEventDTO
{
    public bool Approved { get => IsApproved; set => IsApproved = value; }
}
