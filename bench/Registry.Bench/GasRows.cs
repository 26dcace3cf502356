using System.Globalization;
using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace Registry.Bench;

/// <summary>Rows of the gas table: a transaction's receipt <c>gasUsed</c>, split into the intrinsic part and execution.</summary>
internal static class GasRows
{
    /// <summary>Sends <paramref name="message"/> and adds its row; <paramref name="works"/> fills the "per work" column.</summary>
    public static async Task<TransactionReceipt> MeasureAsync<TMessage>(
        ResultTable table, string transaction, TMessage message, Func<TMessage, CancellationTokenSource?, Task<TransactionReceipt>> send, int? works, int? goal)
        where TMessage : FunctionMessage, new()
    {
        var receipt = await send(message, null);
        if (!receipt.Succeeded())
            throw new InvalidOperationException($"{transaction} failed ({receipt.TransactionHash}); its figures would be meaningless.");

        var gasUsed = receipt.GasUsed.Value;
        var intrinsic = 21_000 + message.GetCallData().Sum(b => b == 0 ? 4 : 16);
        var perItem = gasUsed / (works ?? 1);
        table.AddRow(transaction, Format(gasUsed), Format(intrinsic), Format(gasUsed - intrinsic), works is null ? "" : Format(perItem),
            goal is { } g ? $"≤ {Format(g)} {(perItem <= g ? "met" : "missed")}" : "");
        return receipt;
    }

    public static string Format(BigInteger gas) => gas.ToString("N0", CultureInfo.InvariantCulture);
}
