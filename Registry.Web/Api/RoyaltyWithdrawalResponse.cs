using System.Globalization;
using Registry.Core.Licensing;

namespace Registry.Web.Api;

public sealed record RoyaltyWithdrawalResponse(DateTimeOffset Timestamp, string AmountWei, string Amount, string TxHash)
{
    public static RoyaltyWithdrawalResponse From(RoyaltyWithdrawal w) =>
        new(w.Timestamp, w.Amount.ToString(CultureInfo.InvariantCulture), NativeAmount.Format(w.Amount), w.TransactionHash);
}
