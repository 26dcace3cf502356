using System.Globalization;
using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Withdrawal = Registry.Core.Licensing.Withdrawal;

namespace Registry.Core.Indexing;

/// <summary>Turns the licensing contract's royalty and fee credits into <see cref="RoyaltyPayment"/> rows and its withdrawals into <see cref="Withdrawal"/> rows.</summary>
internal sealed class PaymentLogApplier(RegistryDbContext db, BlockTimes blockTimes)
{
    private readonly List<RoyaltyPayment> _credits = [];

    /// <returns>Whether the log was a credit or a withdrawal.</returns>
    public async Task<bool> ApplyAsync(FilterLog log, CancellationToken cancellationToken)
    {
        if (log.IsLogForEvent<RoyaltyCreditedEventDTO>())
        {
            var e = log.DecodeEvent<RoyaltyCreditedEventDTO>().Event;
            await CreditAsync(log, RoyaltyPaymentKind.Royalty, (long)e.LicenceId, e.Recipient, e.Currency, e.Amount, cancellationToken);
        }
        else if (log.IsLogForEvent<PlatformFeeCreditedEventDTO>())
        {
            var e = log.DecodeEvent<PlatformFeeCreditedEventDTO>().Event;
            await CreditAsync(log, RoyaltyPaymentKind.PlatformFee, (long)e.LicenceId, e.Recipient, e.Currency, e.Amount, cancellationToken);
        }
        else if (log.IsLogForEvent<WithdrawnEventDTO>())
        {
            var e = log.DecodeEvent<WithdrawnEventDTO>().Event;
            db.Withdrawals.Add(new Withdrawal
            {
                Account = e.Account.ToLowerInvariant(),
                Currency = e.Currency.ToLowerInvariant(),
                Amount = e.Amount.ToString(CultureInfo.InvariantCulture),
                BlockNumber = (long)log.BlockNumber.Value,
                TransactionHash = log.TransactionHash,
                LogIndex = (int)log.LogIndex.Value,
                Timestamp = await blockTimes.OfAsync(log, cancellationToken),
                Source = WithdrawalSource.Royalties,
            });
        }
        else return false;
        return true;
    }

    /// <summary>
    /// Fills in the offer and work of the credits from their licences' rows. A purchase emits its credits before
    /// LicencePurchased, so those rows exist only once the whole batch (which holds whole transactions) is applied.
    /// </summary>
    public async Task AttributeCreditsAsync(CancellationToken cancellationToken)
    {
        foreach (var credit in _credits)
        {
            var licence = await db.Licences.FindAsync([credit.LicenceId], cancellationToken)
                ?? throw new InvalidOperationException($"Licence {credit.LicenceId} credited in {credit.TransactionHash} was not purchased in the read model.");
            credit.OfferId = licence.OfferId;
            credit.WorkId = licence.WorkId;
        }
        _credits.Clear();
    }

    private async Task CreditAsync(FilterLog log, RoyaltyPaymentKind kind, long licenceId, string recipient, string currency,
        BigInteger amount, CancellationToken cancellationToken)
    {
        var credit = new RoyaltyPayment
        {
            Kind = kind,
            LicenceId = licenceId,
            Recipient = recipient.ToLowerInvariant(),
            Currency = currency.ToLowerInvariant(),
            Amount = amount.ToString(CultureInfo.InvariantCulture),
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            LogIndex = (int)log.LogIndex.Value,
            Timestamp = await blockTimes.OfAsync(log, cancellationToken),
        };
        db.RoyaltyPayments.Add(credit);
        _credits.Add(credit);
    }
}
