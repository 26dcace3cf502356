using System.Text.RegularExpressions;
using Registry.Core.Accounts;
using Registry.Core.Chain;

namespace Registry.Core.Works;

/// <summary>
/// Transfers a work (its ERC-721 token) from the account holding it to another address. The owner's key signs
/// and pays; the contract checks ownership again on-chain.
/// </summary>
public sealed partial class WorkTransfers(WorkRegistryGateway registry, AccountKeys accountKeys)
{
    public const string ZeroAddress = "0x0000000000000000000000000000000000000000";

    /// <summary>Transfers the work on behalf of the signed-in account, whose custodial key signs and pays.</summary>
    public async Task<TransferOutcome> TransferAsync(string userId, long workId, string? to, CancellationToken cancellationToken) =>
        await TransferWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), workId, to, cancellationToken);

    public async Task<TransferOutcome> TransferWithKeyAsync(string ownerKey, long workId, string? to, CancellationToken cancellationToken)
    {
        to = to?.Trim() ?? "";
        if (!Address().IsMatch(to))
            return TransferOutcome.Refused(TransferProblem.InvalidAddress, $"'{to}' is not a valid address: expected 0x followed by 40 hexadecimal digits.");
        to = to.ToLowerInvariant();
        if (to == ZeroAddress)
            return TransferOutcome.Refused(TransferProblem.ZeroAddress, "A work cannot be transferred to the zero address.");

        var owner = await registry.OwnerOfAsync(workId, cancellationToken);
        if (owner is null)
            return TransferOutcome.Refused(TransferProblem.UnknownWork, $"There is no work #{workId}.");
        var sender = new Nethereum.Web3.Accounts.Account(ownerKey).Address.ToLowerInvariant();
        if (owner != sender)
            return TransferOutcome.Refused(TransferProblem.NotOwner, $"Only the owner of work #{workId} can transfer it.");
        if (owner == to)
            return TransferOutcome.Refused(TransferProblem.AlreadyOwner, $"Work #{workId} already belongs to {to}.");

        return await registry.TransferAsync(ownerKey, workId, owner, to, cancellationToken);
    }

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex Address();
}
