namespace Registry.Core.Licensing;

/// <summary>
/// One credit of a sale to a recipient's pull-payment balance (<c>RoyaltyCredited</c> or <c>PlatformFeeCredited</c>);
/// unique by transaction hash and log index. The royalty reports read only these.
/// </summary>
public sealed class RoyaltyPayment
{
    public long Id { get; set; }

    public RoyaltyPaymentKind Kind { get; set; }

    public long LicenceId { get; set; }

    public long OfferId { get; set; }

    public long WorkId { get; set; }

    public required string Recipient { get; set; }

    public required string Currency { get; set; }

    /// <summary>In the currency's smallest unit, as decimal digits.</summary>
    public required string Amount { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
