namespace Registry.Core.Licensing;

/// <summary>The contract, and so the kind of balance, a <see cref="Withdrawal"/> paid out.</summary>
public enum WithdrawalSource
{
    /// <summary>The licensing contract: royalties and platform fees.</summary>
    Royalties,

    /// <summary>The disputes contract: bonds credited when disputes became final.</summary>
    DisputeBonds,
}
