using Newtonsoft.Json.Linq;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Licensing;
using Registry.Core.Royalties;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>The gateway's reverts surface as the generated error types, whether at gas estimation or once mined.</summary>
[Collection("chain")]
public sealed class LicensingGatewayTests(AnvilFixture anvil)
{
    [Fact]
    public async Task PauseOffer_OfAPausedOffer_ThrowsTheContractsOfferPausedError()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(await scene.RegisterWorkAsync(seller)));
        var gateway = scene.Get<LicensingGateway>();
        await gateway.PauseOfferAsync(seller.Key, offerId, CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<LicensingRefusedException>(() => gateway.PauseOfferAsync(seller.Key, offerId, CancellationToken.None));

        Assert.Equal(offerId, (long)Assert.IsType<WorkLicensingOfferPausedError>(refusal.Error).OfferId);
        Assert.Equal("WorkLicensingOfferPaused", refusal.ErrorName);
    }

    [Fact]
    public async Task Withdraw_WithNothingOwed_ThrowsTheContractsNothingOwedError()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var account = await scene.AccountAsync("nobody");

        var refusal = await Assert.ThrowsAsync<LicensingRefusedException>(
            () => scene.Get<LicensingGateway>().WithdrawAsync(account.Key, NativeAmount.NativeCurrency, CancellationToken.None));

        var error = Assert.IsType<WorkLicensingNothingOwedError>(refusal.Error);
        Assert.Equal(account.Address, error.Account, ignoreCase: true);
        Assert.Equal(NativeAmount.NativeCurrency, error.Currency, ignoreCase: true);
    }

    [Fact]
    public async Task GetOffer_OfAnOfferThatDoesNotExist_IsNull()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);

        Assert.Null(await scene.Get<LicensingGateway>().GetOfferAsync(3, CancellationToken.None));
    }

    /// <summary>
    /// Two buyers quote an exclusive offer while it is free, and both send; anvil mines them in one block. The second
    /// reverts once mined, and the gateway replays it to say why.
    /// </summary>
    [Fact]
    public async Task Purchase_WhenARivalBoughtTheExclusiveOfferInTheSameBlock_ThrowsExclusiveTaken()
    {
        await using var scene = await LicensingScene.StartAsync(anvil);
        var seller = await scene.AccountAsync("seller");
        var first = await scene.AccountAsync("first");
        var second = await scene.AccountAsync("second");
        var workId = await scene.RegisterWorkAsync(seller);
        var offerId = await scene.OfferAsync(seller, LicensingScene.Request(workId, exclusive: true));
        var gateway = scene.Get<LicensingGateway>();
        var price = LicensingScene.Ether / 20;
        RoyaltyShare[] split = [new(seller.Address, RoyaltyShare.Whole)];
        var firstQuote = await gateway.QuotePurchaseAsync(first.Address, offerId, price, split, CancellationToken.None);
        var secondQuote = await gateway.QuotePurchaseAsync(second.Address, offerId, price, split, CancellationToken.None);

        Task<SentPurchase> firstPurchase, secondPurchase;
        await anvil.RpcAsync<object>("evm_setAutomine", false);
        try
        {
            firstPurchase = gateway.PurchaseAsync(first.Key, offerId, price, split, firstQuote, CancellationToken.None);
            await UntilPendingAsync(1);
            secondPurchase = gateway.PurchaseAsync(second.Key, offerId, price, split, secondQuote, CancellationToken.None);
            await UntilPendingAsync(2);
            await anvil.RpcAsync<object>("evm_mine");
        }
        finally
        {
            await anvil.RpcAsync<object>("evm_setAutomine", true);
        }

        Assert.Equal(1, (await firstPurchase).LicenceId);
        var refusal = await Assert.ThrowsAsync<LicensingRefusedException>(() => secondPurchase);
        var error = Assert.IsType<WorkLicensingExclusiveTakenError>(refusal.Error);
        Assert.Equal((offerId, 1L), ((long)error.OfferId, (long)error.LicenceId));
    }

    [Fact]
    public async Task AnyCall_OnAChainWithoutALicensingContract_SaysLicensingIsUnavailable()
    {
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Chain:WorkLicensingAddress"] = "" });

        var unavailable = await Assert.ThrowsAsync<ChainUnavailableException>(() => host.Get<LicensingGateway>().GetOfferAsync(1, CancellationToken.None));

        Assert.Equal("Licensing is unavailable: no licensing contract is configured (Chain:WorkLicensingAddress).", unavailable.Message);
    }

    private async Task UntilPendingAsync(int count)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await anvil.RpcAsync<JObject>("txpool_status");
            if (Convert.ToInt32(status["pending"]!.Value<string>(), 16) >= count) return;
            await Task.Delay(25);
        }
        throw new TimeoutException($"{count} transactions never reached the pool.");
    }
}
