using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Core.Works;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>The indexer mirroring the licensing contract from real anvil logs into a real SQLite file.</summary>
[Collection("chain")]
public sealed class LicensingIndexingTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Run_AfterASaleAndItsAftermath_MirrorsOfferLicencePaymentsAndWithdrawalToTheWei()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var market = await LicensingMarket.OpenAsync(anvil, host);
        await market.CreateOfferAsync();
        var purchase = await market.BuyAsync(market.Buyer);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);
        await market.PauseAsync();
        await market.ResumeAsync();
        await market.WithdrawOfferAsync();
        await market.WithdrawAsync(market.CoAuthor);
        await market.RevokeAsync(1);
        await market.FreezeAsync(true);

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        // Registered, OfferCreated, 3 credits, LicencePurchased, the licence's transfer, 3 status changes, Withdrawn, LicenceRevoked, SalesFrozen.
        Assert.Equal(13, written);
        await using var db = await host.DbAsync();
        var offer = await db.Offers.SingleAsync();
        Assert.Equal((1L, LicensingMarket.WorkId, market.Creator.Address, OfferStatus.Withdrawn, 1), (offer.OfferId, offer.WorkId, offer.Seller, offer.Status, offer.Sold));
        Assert.Equal((LicensingMarket.Price.ToString(), LicensingChain.NativeCoin, 30, LicenceUsage.Commercial, "DE,FR"),
            (offer.Price, offer.Currency, offer.DurationDays, offer.Usage, offer.Territories));
        Assert.Equal((false, true, 0, LicensingMarket.TermsCid.ToString()), (offer.Exclusive, offer.Transferable, offer.MaxSupply, offer.TermsCid));

        var licence = await db.Licences.SingleAsync();
        var purchasedAt = DateTimeOffset.FromUnixTimeSeconds((long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber
            .SendRequestAsync(new HexBigInteger(purchase.BlockNumber.Value))).Timestamp.Value);
        Assert.Equal((1L, 1L, LicensingMarket.WorkId, market.Buyer.Address, market.SecondBuyer.Address, true),
            (licence.LicenceId, licence.OfferId, licence.WorkId, licence.Buyer, licence.Holder, licence.Revoked));
        Assert.Equal((LicensingChain.NativeCoin, LicensingMarket.Price.ToString(), LicenceUsage.Commercial, "DE,FR", false, true),
            (licence.Currency, licence.Price, licence.Usage, licence.Territories, licence.Exclusive, licence.Transferable));
        Assert.Equal(purchasedAt, licence.ValidFrom);
        Assert.Equal(purchasedAt.AddDays(30), licence.ValidUntil);

        var payments = await db.RoyaltyPayments.OrderBy(p => p.LogIndex).ToListAsync();
        Assert.Equal(
            [
                (RoyaltyPaymentKind.PlatformFee, market.FeeRecipient, LicensingMarket.Fee),
                (RoyaltyPaymentKind.Royalty, market.CoAuthor.Address, LicensingMarket.CoAuthorAmount),
                (RoyaltyPaymentKind.Royalty, market.Creator.Address, LicensingMarket.CreatorAmount),
            ],
            payments.Select(p => (p.Kind, p.Recipient, p.Amount)));
        Assert.All(payments, p => Assert.Equal(
            (1L, 1L, LicensingMarket.WorkId, LicensingChain.NativeCoin, purchasedAt, purchase.TransactionHash),
            (p.LicenceId, p.OfferId, p.WorkId, p.Currency, p.Timestamp, p.TransactionHash)));

        var withdrawal = await db.Withdrawals.SingleAsync();
        Assert.Equal((market.CoAuthor.Address, LicensingChain.NativeCoin, LicensingMarket.CoAuthorAmount),
            (withdrawal.Account, withdrawal.Currency, withdrawal.Amount));

        var timeline = await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId);
        Assert.Equal(
            [
                WorkEventKind.Registered, WorkEventKind.OfferCreated, WorkEventKind.LicencePurchased,
                WorkEventKind.LicenceTransferred, WorkEventKind.OfferPaused, WorkEventKind.OfferResumed,
                WorkEventKind.OfferWithdrawn, WorkEventKind.LicenceRevoked, WorkEventKind.SalesFrozen,
            ],
            timeline.Select(e => e.Kind));
        Assert.Equal((market.Creator.Address, 1L), (timeline[1].To, timeline[1].OfferId));
        Assert.Equal((market.Buyer.Address, 1L, 1L), (timeline[2].To, timeline[2].OfferId, timeline[2].LicenceId));
        Assert.Equal((market.Buyer.Address, market.SecondBuyer.Address, 1L), (timeline[3].From, timeline[3].To, timeline[3].LicenceId));
        Assert.Equal((market.Revoker.Address, 1L), (timeline[7].From, timeline[7].LicenceId));
    }

    [Fact]
    public async Task Run_WhenALicenceIsTransferred_MovesTheLicenceButNotTheWorkWithTheSameTokenId()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var market = await LicensingMarket.OpenAsync(anvil, host);
        await market.CreateOfferAsync(durationDays: 0);
        await market.BuyAsync(market.Buyer);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var db = await host.DbAsync();
        var licence = await db.Licences.SingleAsync();
        Assert.Equal((1L, market.SecondBuyer.Address, (DateTimeOffset?)null), (licence.LicenceId, licence.Holder, licence.ValidUntil));
        Assert.Equal(market.Creator.Address, (await db.Works.SingleAsync(w => w.WorkId == 1)).Owner);
        Assert.DoesNotContain(await db.WorkEvents.ToListAsync(), e => e.Kind == WorkEventKind.Transferred);
    }

    [Fact]
    public async Task Run_WhenTheRangeIsReplayed_AddsNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var market = await LicensingMarket.OpenAsync(anvil, host);
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);
        await market.WithdrawAsync(market.Creator);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var before = await ReadModelAsync(host);
        await using (var db = await host.DbAsync())
        {
            var checkpoint = await db.IndexerCheckpoints.SingleAsync();
            checkpoint.BlockNumber = 0;
            checkpoint.BlockHash = (await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(0))).BlockHash;
            await db.SaveChangesAsync();
        }

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Equal(before, await ReadModelAsync(host));
        Assert.Equal(new ReadModel(Offers: 1, Sold: 1, Licences: 1, Holders: market.SecondBuyer.Address, Payments: 3, Withdrawals: 1, Events: 4), before);
    }

    [Fact]
    public async Task Run_AfterARestart_ResumesWithoutDuplicates()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var market = await LicensingMarket.OpenAsync(anvil, host);
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var restarted = await CoreHost.StartAsync(
            anvil, host.Chain.WorkRegistryAddress, host.DataDirectory, licensingAddress: host.Chain.WorkLicensingAddress);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);
        await market.BuyAsync(market.Buyer);
        await market.WithdrawAsync(market.CoAuthor);
        var written = await restarted.Get<IndexingPass>().RunAsync(CancellationToken.None);

        // The transfer, the second purchase with its 3 credits, the withdrawal.
        Assert.Equal(6, written);
        var holders = $"{market.SecondBuyer.Address},{market.Buyer.Address}";
        Assert.Equal(new ReadModel(Offers: 1, Sold: 2, Licences: 2, Holders: holders, Payments: 6, Withdrawals: 1, Events: 5), await ReadModelAsync(restarted));
    }

    [Fact]
    public async Task Run_AfterAReorganisationOrphansAPurchaseAndATransfer_RestoresSalesAndHolderAndDropsTheirPayments()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var market = await LicensingMarket.OpenAsync(anvil, host);
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var snapshot = await anvil.RpcAsync<string>("evm_snapshot");
        await market.BuyAsync(market.SecondBuyer);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);
        await market.WithdrawAsync(market.CoAuthor);
        await market.RevokeAsync(1);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var orphanedHolders = $"{market.SecondBuyer.Address},{market.SecondBuyer.Address}";
        Assert.Equal(new ReadModel(Offers: 1, Sold: 2, Licences: 2, Holders: orphanedHolders, Payments: 6, Withdrawals: 1, Events: 6), await ReadModelAsync(host));

        await anvil.RpcAsync<bool>("evm_revert", snapshot);
        await anvil.RpcAsync<string>("evm_mine");
        await market.PauseAsync();
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(new ReadModel(Offers: 1, Sold: 1, Licences: 1, Holders: market.Buyer.Address, Payments: 3, Withdrawals: 0, Events: 4), await ReadModelAsync(host));
        await using var db = await host.DbAsync();
        Assert.Equal(OfferStatus.Paused, (await db.Offers.SingleAsync()).Status);
        Assert.False((await db.Licences.SingleAsync()).Revoked);
        Assert.All(await db.RoyaltyPayments.ToListAsync(), p => Assert.Equal(1L, p.LicenceId));
        Assert.Equal([WorkEventKind.Registered, WorkEventKind.OfferCreated, WorkEventKind.LicencePurchased, WorkEventKind.OfferPaused],
            (await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId)).Select(e => e.Kind));
    }

    /// <summary>What the licensing read model holds, in numbers: licence holders in licence order.</summary>
    private sealed record ReadModel(int Offers, int Sold, int Licences, string Holders, int Payments, int Withdrawals, int Events);

    private static async Task<ReadModel> ReadModelAsync(CoreHost host)
    {
        await using var db = await host.DbAsync();
        return new ReadModel(
            await db.Offers.CountAsync(),
            await db.Offers.SumAsync(o => o.Sold),
            await db.Licences.CountAsync(),
            string.Join(",", await db.Licences.OrderBy(l => l.LicenceId).Select(l => l.Holder).ToListAsync()),
            await db.RoyaltyPayments.CountAsync(),
            await db.Withdrawals.CountAsync(),
            await db.WorkEvents.CountAsync());
    }
}
