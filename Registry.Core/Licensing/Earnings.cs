using System.Numerics;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Chain;

namespace Registry.Core.Licensing;

/// <summary>
/// What an account has earned from licence sales (its royalties, and for the platform its fees) and can withdraw:
/// read from the licensing contract's pull-payment balances, paid out by a withdrawal its custodial key signs.
/// </summary>
public sealed class Earnings(LicensingGateway licensing, AccountKeys accountKeys)
{
    /// <summary>The native coin the address can withdraw now, in wei.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no licensing contract.</exception>
    public Task<BigInteger> GetWithdrawableAsync(string address, CancellationToken cancellationToken) =>
        licensing.OwedAsync(NativeAmount.NativeCurrency, address.ToLowerInvariant(), cancellationToken);

    /// <summary>Pays the signed-in account everything it is owed in the native coin.</summary>
    /// <exception cref="ChainUnavailableException">The chain cannot be reached, or has no licensing contract.</exception>
    public async Task<WithdrawalOutcome> WithdrawAsync(string userId, CancellationToken cancellationToken) =>
        await WithdrawWithKeyAsync(await accountKeys.UnlockAsync(userId, cancellationToken), cancellationToken);

    /// <inheritdoc cref="WithdrawAsync"/>
    public async Task<WithdrawalOutcome> WithdrawWithKeyAsync(string accountKey, CancellationToken cancellationToken)
    {
        var account = new Nethereum.Web3.Accounts.Account(accountKey).Address;
        if ((await GetWithdrawableAsync(account, cancellationToken)).IsZero) return NothingOwed();
        try
        {
            var paid = await licensing.WithdrawAsync(accountKey, NativeAmount.NativeCurrency, cancellationToken);
            return WithdrawalOutcome.Paid(paid.Amount, paid.TransactionHash);
        }
        catch (LicensingRefusedException refusal) when (refusal.Error is WorkLicensingNothingOwedError)
        {
            return NothingOwed();
        }
        catch (LicensingRefusedException refusal)
        {
            return WithdrawalOutcome.Refused(WithdrawalProblem.Refused, "The licensing contract refused the withdrawal: {0}.", refusal.ErrorName);
        }
        catch (InsufficientFundsException poor)
        {
            return WithdrawalOutcome.Refused(WithdrawalProblem.NoFunds,
                "Your account holds {0}, too little to pay for the transaction's gas.", NativeAmount.Format(poor.Balance));
        }
    }

    private static WithdrawalOutcome NothingOwed() => WithdrawalOutcome.Refused(WithdrawalProblem.NothingOwed, "You have nothing to withdraw.");
}
