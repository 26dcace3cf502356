using System.Globalization;
using System.Numerics;
using System.Text;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Licence = Registry.Core.Licensing.Licence;
using Offer = Registry.Core.Licensing.Offer;

namespace Registry.Core.Indexing;

/// <summary>
/// Turns the licensing contract's logs into offers, licences and work timeline events, and hands its payment logs to
/// <see cref="PaymentLogApplier"/>. Its ERC-721 <c>Transfer</c> moves a licence, never a work.
/// </summary>
internal sealed class LicensingLogApplier(RegistryDbContext db, BlockTimes blockTimes, PaymentLogApplier payments)
{
    /// <returns>Whether the log wrote rows; a licence's mint (LicencePurchased carries it) and administration logs write none.</returns>
    public async Task<bool> ApplyAsync(FilterLog log, CancellationToken cancellationToken)
    {
        if (log.IsLogForEvent<OfferCreatedEventDTO>())
            await ApplyOfferCreatedAsync(log, log.DecodeEvent<OfferCreatedEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<OfferPausedEventDTO>())
            await ApplyOfferStatusAsync(log, log.DecodeEvent<OfferPausedEventDTO>().Event.OfferId, OfferStatus.Paused, WorkEventKind.OfferPaused, cancellationToken);
        else if (log.IsLogForEvent<OfferResumedEventDTO>())
            await ApplyOfferStatusAsync(log, log.DecodeEvent<OfferResumedEventDTO>().Event.OfferId, OfferStatus.Active, WorkEventKind.OfferResumed, cancellationToken);
        else if (log.IsLogForEvent<OfferWithdrawnEventDTO>())
            await ApplyOfferStatusAsync(log, log.DecodeEvent<OfferWithdrawnEventDTO>().Event.OfferId, OfferStatus.Withdrawn, WorkEventKind.OfferWithdrawn, cancellationToken);
        else if (log.IsLogForEvent<LicencePurchasedEventDTO>())
            await ApplyPurchasedAsync(log, log.DecodeEvent<LicencePurchasedEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<TransferEventDTO>())
        {
            var transfer = log.DecodeEvent<TransferEventDTO>().Event;
            if (string.Equals(transfer.From, LogApplier.ZeroAddress, StringComparison.OrdinalIgnoreCase)) return false;
            await ApplyLicenceTransferAsync(log, transfer, cancellationToken);
        }
        else if (log.IsLogForEvent<LicenceRevokedEventDTO>())
            await ApplyRevokedAsync(log, log.DecodeEvent<LicenceRevokedEventDTO>().Event, cancellationToken);
        else if (log.IsLogForEvent<SalesFrozenEventDTO>())
            await ApplySalesFrozenAsync(log, log.DecodeEvent<SalesFrozenEventDTO>().Event, cancellationToken);
        else
            return await payments.ApplyAsync(log, cancellationToken);
        return true;
    }

    private async Task ApplyOfferCreatedAsync(FilterLog log, OfferCreatedEventDTO e, CancellationToken cancellationToken)
    {
        var time = await blockTimes.OfAsync(log, cancellationToken);
        var offerId = (long)e.OfferId;
        var workId = (long)e.WorkId;
        var seller = e.Seller.ToLowerInvariant();
        db.Offers.Add(new Offer
        {
            OfferId = offerId,
            WorkId = workId,
            Seller = seller,
            Price = e.Price.ToString(CultureInfo.InvariantCulture),
            Currency = e.Currency.ToLowerInvariant(),
            DurationDays = AtMostIntMax(e.DurationDays),
            Usage = (LicenceUsage)e.Usage,
            Territories = Territories.Join(e.Territories.Select(code => Encoding.ASCII.GetString(code))),
            Exclusive = e.Exclusive,
            Transferable = e.Transferable,
            MaxSupply = AtMostIntMax(e.MaxSupply),
            Status = OfferStatus.Active,
            TermsCid = TermsCid(e.TermsCid),
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
            CreatedAt = time,
        });
        db.WorkEvents.Add(TimelineEvents.For(log, workId, WorkEventKind.OfferCreated, time, to: seller, offerId: offerId));
    }

    private async Task ApplyOfferStatusAsync(FilterLog log, BigInteger offerId, OfferStatus status, WorkEventKind kind, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(offerId, cancellationToken);
        offer.Status = status;
        var time = await blockTimes.OfAsync(log, cancellationToken);
        db.WorkEvents.Add(TimelineEvents.For(log, offer.WorkId, kind, time, offerId: offer.OfferId));
    }

    private async Task ApplyPurchasedAsync(FilterLog log, LicencePurchasedEventDTO e, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(e.OfferId, cancellationToken);
        var time = await blockTimes.OfAsync(log, cancellationToken);
        var licenceId = (long)e.LicenceId;
        var buyer = e.Buyer.ToLowerInvariant();
        db.Licences.Add(new Licence
        {
            LicenceId = licenceId,
            OfferId = offer.OfferId,
            WorkId = (long)e.WorkId,
            Buyer = buyer,
            Holder = buyer,
            Currency = e.Currency.ToLowerInvariant(),
            Price = e.Price.ToString(CultureInfo.InvariantCulture),
            Usage = offer.Usage,
            Territories = offer.Territories,
            Exclusive = offer.Exclusive,
            Transferable = offer.Transferable,
            ValidFrom = UnixTime(e.ValidFrom),
            ValidUntil = e.ValidUntil == 0 ? null : UnixTime(e.ValidUntil),
            BlockNumber = (long)log.BlockNumber.Value,
            TransactionHash = log.TransactionHash,
        });
        offer.Sold++;
        db.WorkEvents.Add(TimelineEvents.For(log, (long)e.WorkId, WorkEventKind.LicencePurchased, time, to: buyer, offerId: offer.OfferId, licenceId: licenceId));
    }

    private async Task ApplyLicenceTransferAsync(FilterLog log, TransferEventDTO e, CancellationToken cancellationToken)
    {
        var licence = await LicenceAsync(e.TokenId, cancellationToken);
        var time = await blockTimes.OfAsync(log, cancellationToken);
        var to = e.To.ToLowerInvariant();
        licence.Holder = to;
        db.WorkEvents.Add(TimelineEvents.For(log, licence.WorkId, WorkEventKind.LicenceTransferred, time,
            from: e.From.ToLowerInvariant(), to: to, offerId: licence.OfferId, licenceId: licence.LicenceId));
    }

    /// <remarks>The timeline's From is the account holding the revoker role that acted.</remarks>
    private async Task ApplyRevokedAsync(FilterLog log, LicenceRevokedEventDTO e, CancellationToken cancellationToken)
    {
        var licence = await LicenceAsync(e.LicenceId, cancellationToken);
        var time = await blockTimes.OfAsync(log, cancellationToken);
        licence.Revoked = true;
        db.WorkEvents.Add(TimelineEvents.For(log, licence.WorkId, WorkEventKind.LicenceRevoked, time,
            from: e.Revoker.ToLowerInvariant(), offerId: licence.OfferId, licenceId: licence.LicenceId));
    }

    /// <remarks>The timeline's From is the account holding the freezer role that acted.</remarks>
    private async Task ApplySalesFrozenAsync(FilterLog log, SalesFrozenEventDTO e, CancellationToken cancellationToken)
    {
        var time = await blockTimes.OfAsync(log, cancellationToken);
        db.WorkEvents.Add(TimelineEvents.For(log, (long)e.WorkId, e.Frozen ? WorkEventKind.SalesFrozen : WorkEventKind.SalesUnfrozen, time,
            from: e.Freezer.ToLowerInvariant()));
    }

    private async Task<Offer> OfferAsync(BigInteger offerId, CancellationToken cancellationToken) =>
        await db.Offers.FindAsync([(long)offerId], cancellationToken)
        ?? throw new InvalidOperationException($"Offer {offerId} is not in the read model: the indexer must start at or before the licensing contract's deployment.");

    private async Task<Licence> LicenceAsync(BigInteger licenceId, CancellationToken cancellationToken) =>
        await db.Licences.FindAsync([(long)licenceId], cancellationToken)
        ?? throw new InvalidOperationException($"Licence {licenceId} is not in the read model: the indexer must start at or before the licensing contract's deployment.");

    // The contract only checks that the terms CID is not empty; terms we cannot address are left without a link
    // rather than stopping the indexer.
    private static string TermsCid(byte[] bytes)
    {
        try
        {
            return Cid.FromBytes(bytes).ToString();
        }
        catch (FormatException)
        {
            return "";
        }
    }

    // uint32 on-chain; values past int.MaxValue (millions of years, billions of licences) mean the same as the cap.
    private static int AtMostIntMax(uint value) => (int)Math.Min(value, int.MaxValue);

    // A long duration can put validUntil past what DateTimeOffset holds (year 9999).
    private static DateTimeOffset UnixTime(ulong seconds) =>
        seconds >= (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.MaxValue : DateTimeOffset.FromUnixTimeSeconds((long)seconds);
}
