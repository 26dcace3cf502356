using Microsoft.EntityFrameworkCore;
using Registry.Core.Licensing;
using Registry.Core.Persistence;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// Rows of the licensing read model as the indexer would write them, for tests of what reads them (no chain needed):
/// addresses lower-case, amounts as decimal digits of wei, each event with a transaction hash of its own.
/// </summary>
public static class LicensingRows
{
    public static readonly DateTimeOffset Sold = new(2026, 1, 10, 9, 30, 0, TimeSpan.Zero);

    public static async Task AddAsync(IDbContextFactory<RegistryDbContext> factory, params object[] rows)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public static string Address(char digit) => "0x" + new string(digit, 40);

    public static Offer Offer(long offerId, long workId, string seller, string price = "50000000000000000", LicenceUsage usage = LicenceUsage.Commercial,
        int durationDays = 365, bool exclusive = false, int maxSupply = 0, int sold = 0, OfferStatus status = OfferStatus.Active, string territories = "") => new()
    {
        OfferId = offerId,
        WorkId = workId,
        Seller = seller,
        Price = price,
        Currency = NativeAmount.NativeCurrency,
        DurationDays = durationDays,
        Usage = usage,
        Territories = territories,
        Exclusive = exclusive,
        Transferable = true,
        MaxSupply = maxSupply,
        Sold = sold,
        Status = status,
        TermsCid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
        BlockNumber = 1,
        TransactionHash = TransactionHash(),
        CreatedAt = Sold.AddDays(-1),
    };

    /// <param name="validUntil">Null for a perpetual licence.</param>
    /// <param name="buyer">Who bought it; the holder when null (not transferred).</param>
    public static Licence Licence(long licenceId, Offer offer, string holder, DateTimeOffset? validUntil, bool revoked = false, string? buyer = null, DateTimeOffset? validFrom = null) => new()
    {
        LicenceId = licenceId,
        OfferId = offer.OfferId,
        WorkId = offer.WorkId,
        Buyer = buyer ?? holder,
        Holder = holder,
        Currency = offer.Currency,
        Price = offer.Price,
        Usage = offer.Usage,
        Territories = offer.Territories,
        Exclusive = offer.Exclusive,
        Transferable = offer.Transferable,
        ValidFrom = validFrom ?? Sold,
        ValidUntil = validUntil,
        Revoked = revoked,
        BlockNumber = 1,
        TransactionHash = TransactionHash(),
    };

    public static RoyaltyPayment Payment(long licenceId, long offerId, long workId, string recipient, string amount, DateTimeOffset timestamp,
        RoyaltyPaymentKind kind = RoyaltyPaymentKind.Royalty) => new()
    {
        Kind = kind,
        LicenceId = licenceId,
        OfferId = offerId,
        WorkId = workId,
        Recipient = recipient,
        Currency = NativeAmount.NativeCurrency,
        Amount = amount,
        BlockNumber = 1,
        TransactionHash = TransactionHash(),
        LogIndex = 0,
        Timestamp = timestamp,
    };

    public static Withdrawal Withdrawal(string account, string amount, DateTimeOffset timestamp) => new()
    {
        Account = account,
        Currency = NativeAmount.NativeCurrency,
        Amount = amount,
        BlockNumber = 1,
        TransactionHash = TransactionHash(),
        LogIndex = 0,
        Timestamp = timestamp,
    };

    private static string TransactionHash() => "0x" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
}
