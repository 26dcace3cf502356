using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Signer;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>Earnings from sales, read from the contract's balances and withdrawn by the account's own key, on anvil.</summary>
[Collection("chain")]
public sealed class EarningsTests(AnvilFixture anvil)
{
    private const ushort FeeBps = 250;

    /// <summary>1 ether and 7 wei: the 2.5 % fee, 25,000,000,000,000,000.175 wei, rounds down.</summary>
    private static readonly BigInteger Price = LicensingScene.Ether + 7;

    private static readonly BigInteger Fee = BigInteger.Parse("25000000000000000");

    [Fact]
    public async Task OfferBuyWithdraw_WithAPlatformFee_PaysTheSellerThePriceMinusTheFeeToTheWei()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var feeRecipient = EthECKey.GenerateKey().GetPublicAddress().ToLowerInvariant();
        await scene.Admin.SetPlatformFeeRequestAndWaitForReceiptAsync(FeeBps, feeRecipient);
        var seller = await scene.AccountAsync("seller");
        var buyer = await scene.AccountAsync("buyer");
        var workId = await scene.RegisterWorkAsync(seller);
        var earnings = scene.Get<Earnings>();

        var offer = await scene.Get<OfferService>().CreateAsync(seller.UserId, LicensingScene.Request(workId, price: "1.000000000000000007"), CancellationToken.None);
        var purchase = await scene.Get<LicencePurchases>().BuyAsync(buyer.UserId, offer.OfferId!.Value, CancellationToken.None);
        var withdrawable = await earnings.GetWithdrawableAsync(seller.Address, CancellationToken.None);
        var sellerBefore = await scene.BalanceAsync(seller.Address);
        var withdrawal = await earnings.WithdrawAsync(seller.UserId, CancellationToken.None);

        Assert.Equal((null, null, null), (offer.Message, purchase.Message, withdrawal.Message));
        Assert.Equal(Price - Fee, withdrawable);
        Assert.Equal(Fee, await earnings.GetWithdrawableAsync(feeRecipient, CancellationToken.None));
        Assert.Equal(Price - Fee, withdrawal.Amount);
        var receipt = await scene.ReceiptAsync(withdrawal.TransactionHash!);
        Assert.Equal(Price - Fee, receipt.DecodeAllEvents<WithdrawnEventDTO>().Single().Event.Amount);
        Assert.Equal(sellerBefore + Price - Fee - receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value, await scene.BalanceAsync(seller.Address));
        Assert.Equal(BigInteger.Zero, await earnings.GetWithdrawableAsync(seller.Address, CancellationToken.None));
        Assert.Equal(Fee, await scene.BalanceAsync(scene.Admin.ContractAddress));
    }

    [Fact]
    public async Task Withdraw_WithNothingOwed_SaysSoWithoutSending()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var account = await scene.AccountAsync("nobody");
        var before = await scene.BalanceAsync(account.Address);

        var outcome = await scene.Get<Earnings>().WithdrawAsync(account.UserId, CancellationToken.None);

        Assert.Equal(WithdrawalProblem.NothingOwed, outcome.Problem);
        Assert.Equal("You have nothing to withdraw.", outcome.Message);
        Assert.Equal(before, await scene.BalanceAsync(account.Address));
    }

    [Fact]
    public async Task Withdraw_ByACoAuthorWithoutEtherForGas_SaysSo()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var coAuthor = await scene.AccountAsync("co-author", wei: 0);
        var buyer = await scene.AccountAsync("buyer");
        var workId = await scene.RegisterWorkAsync(seller, (seller.Address, 5_000), (coAuthor.Address, 5_000));
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(workId));
        await scene.Get<LicencePurchases>().BuyAsync(buyer.UserId, offerId, CancellationToken.None);

        var outcome = await scene.Get<Earnings>().WithdrawAsync(coAuthor.UserId, CancellationToken.None);

        Assert.Equal(WithdrawalProblem.NoFunds, outcome.Problem);
        Assert.Equal("Your account holds 0 ETH, too little to pay for the transaction's gas.", outcome.Message);
        Assert.Equal(LicensingScene.Ether / 40, await scene.Get<Earnings>().GetWithdrawableAsync(coAuthor.Address, CancellationToken.None));
    }
}
