namespace Registry.Core.Licensing;

/// <summary>
/// A withdrawal of an account's pull-payment balance (<c>Withdrawn</c>) from the licensing contract (royalties and fees)
/// or from the disputes contract (settled bonds); unique by transaction hash and log index.
/// </summary>
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

    /// <summary>Which balance was paid out; null on rows indexed before bonds were, all of them <see cref="WithdrawalSource.Royalties"/>.</summary>
    public WithdrawalSource? Source { get; set; }

    public DateTimeOffset Timestamp { get; set; }
}
