namespace Registry.Web.Api;

/// <param name="AmountWei">What was paid out, in wei, as decimal digits (amounts exceed 64 bits).</param>
/// <param name="Amount">The same in ether, as shown: "0.975 ETH".</param>
public sealed record WithdrawalResponse(string AmountWei, string Amount, string TxHash);
