using System.Numerics;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Registry.Contracts.WorkLicensing.ContractDefinition;

namespace Registry.Tests.Contracts;

/// <summary>An offer on a registered work, ready to be bought: the accounts involved and the work's split.</summary>
internal sealed record Sale(
    LicensingChain Chain,
    Web3 CreatorAccount,
    Web3 CoAuthorAccount,
    Web3 BuyerAccount,
    string FeeRecipient,
    BigInteger OfferId,
    List<string> Recipients,
    List<ushort> Shares)
{
    public string Creator => CreatorAccount.TransactionManager.Account.Address;

    public string CoAuthor => CoAuthorAccount.TransactionManager.Account.Address;

    public string Buyer => BuyerAccount.TransactionManager.Account.Address;

    /// <summary>A purchase of the offer with the work's registered split, sending <paramref name="value"/> wei.</summary>
    public PurchaseFunction Purchase(BigInteger value) =>
        new() { OfferId = OfferId, Recipients = Recipients, Shares = Shares, AmountToSend = value };

    /// <summary>The buyer pays the offer's price.</summary>
    public async Task<TransactionReceipt> BuyAsync()
    {
        var price = (await Chain.Licensing.GetOfferQueryAsync(OfferId)).ReturnValue1.Price;
        return await Chain.LicensingAs(BuyerAccount).PurchaseRequestAndWaitForReceiptAsync(Purchase(price));
    }
}
