using System.Numerics;

namespace Registry.Core.Licensing;

/// <summary>
/// The gas a purchase will be sent with, estimated against the chain as it is, and the fees per gas: the node
/// accepts the transaction only from an account holding its price plus <see cref="MaxGasCost"/>.
/// </summary>
public sealed record PurchaseQuote(BigInteger Gas, BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas)
{
    public BigInteger MaxGasCost => Gas * MaxFeePerGas;
}
