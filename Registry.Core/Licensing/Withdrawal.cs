namespace Registry.Core.Licensing;

/// <summary>A withdrawal of an account's pull-payment balance (<c>Withdrawn</c>); unique by transaction hash and log index.</summary>
public sealed class Withdrawal
{
    public long Id { get; set; }

    public required string Account { get; set; }

    public required string Currency { get; set; }

    /// <summary>In the currency's smallest unit, as decimal digits.</summary>
    public required string Amount { get; set; }

    public long BlockNumber { get; set; }

    public required string TransactionHash { get; set; }

    public int LogIndex { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
