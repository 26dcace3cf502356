using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>The node refused a transaction because the sending account cannot pay its value and gas.</summary>
/// <param name="balance">The account's balance in wei when the transaction was refused.</param>
public sealed class InsufficientFundsException(string account, BigInteger balance)
    : Exception($"{account} holds {NativeAmount.Format(balance)}, too little for the transaction's value and gas.")
{
    public string Account { get; } = account;

    public BigInteger Balance { get; } = balance;
}
