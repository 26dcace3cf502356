using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Disputes;
using Registry.Core.Indexing;
using Registry.Core.Search;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The fast path (raw logs, registrations inserted in bulk with the full-text triggers suspended, the rest through the
/// EF appliers in order) against the indexer it replaced (<see cref="EfReferenceIndexer"/>), on the same chain: the same
/// rows in every indexed table and the same full-text index records; and replaying a range of bulk registrations.
/// </summary>
[Collection("chain")]
public sealed class IndexingPassEquivalenceTests(AnvilFixture anvil)
{
    private const long DisputeId = 1;
    private const int BatchWorks = 120;

    [Theory]
    [InlineData(2_000)]
    [InlineData(3)]
    public async Task Run_OverRegistrationsTransfersSalesAndADispute_WritesWhatTheEfAppliersWrite(int maxBlockRange)
    {
        var firstBlock = await BlockNumberAsync() + 1;
        var settings = new Dictionary<string, string?> { ["Indexer:StartBlock"] = $"{firstBlock}", ["Indexer:MaxBlockRange"] = $"{maxBlockRange}" };
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        var disputes = await anvil.DeployWorkDisputesAsync(registry, licensing, DisputeCourt.Bond, DisputeCourt.AppealWindowSeconds);
        await using var fast = await CoreHost.StartAsync(anvil, registry, settings: settings, licensingAddress: licensing, disputesAddress: disputes);
        var court = await DisputeCourt.OpenAsync(anvil, fast);
        var market = court.Market;
        // More registrations in one block than RawLogApplier.SuspendTriggersFrom, then logs about them right after.
        await RegistryBatches.RegisterAsync(anvil, fast.Chain.WorkRegistryAddress, transactions: 1, worksPerTransaction: BatchWorks);
        await RegistryBatches.RegisterAsync(anvil, fast.Chain.WorkRegistryAddress, transactions: 2, worksPerTransaction: 3);
        await anvil.CreateWeb3().Eth.GetContractTransactionHandler<TransferFromFunction>().SendRequestAndWaitForReceiptAsync(
            fast.Chain.WorkRegistryAddress, new TransferFromFunction { From = RegistryBatches.Creator, To = market.Buyer.Address, TokenId = 5 });
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await market.BuyAsync(market.SecondBuyer);
        await market.TransferLicenceAsync(market.Buyer, market.Revoker.Address, 1);
        await market.WithdrawAsync(market.Creator);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RespondAsync(DisputeId);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Reassigned, "reassigned", 2);
        await court.PassAppealWindowAsync();
        await court.SettleAsync(court.Claimant, DisputeId);
        await court.WithdrawBondAsync(court.Claimant);
        await using var reference = await CoreHost.StartAsync(anvil, registry, settings: settings, licensingAddress: licensing, disputesAddress: disputes);

        var written = await fast.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var referenceWritten = await EfReferenceIndexer.RunAsync(reference, firstBlock);

        await using var fastDb = await fast.DbAsync();
        await using var referenceDb = await reference.DbAsync();
        var expected = await ReadModelSnapshot.CaptureAsync(referenceDb);
        (await ReadModelSnapshot.CaptureAsync(fastDb)).AssertSameAs(expected);
        Assert.Equal(1 + BatchWorks + 6, expected.Rows("Works"));
        Assert.Equal(referenceWritten, written);
        Assert.Equal(await FullTextIndexRows.ReadAsync(referenceDb), await FullTextIndexRows.ReadAsync(fastDb));
    }

    [Fact]
    public async Task Run_WhenARangeOfBulkRegistrationsIsReplayed_WritesNothingAndLeavesTheFullTextIndexesAsTheyWere()
    {
        var firstBlock = await BlockNumberAsync() + 1;
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Indexer:StartBlock"] = $"{firstBlock}" });
        var (batchBlock, _) = await RegistryBatches.RegisterAsync(anvil, host.Chain.WorkRegistryAddress, transactions: 2, worksPerTransaction: BatchWorks);
        await anvil.CreateWeb3().Eth.GetContractTransactionHandler<TransferFromFunction>().SendRequestAndWaitForReceiptAsync(
            host.Chain.WorkRegistryAddress, new TransferFromFunction { From = RegistryBatches.Creator, To = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", TokenId = 7 });
        var first = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using var db = await host.DbAsync();
        var before = await ReadModelSnapshot.CaptureAsync(db);
        var indexesBefore = await FullTextIndexRows.ReadAsync(db);
        var checkpoint = await db.IndexerCheckpoints.SingleAsync();
        checkpoint.BlockNumber = batchBlock - 1;
        checkpoint.BlockHash = (await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(batchBlock - 1))).BlockHash;
        await db.SaveChangesAsync();

        var replayed = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal((2 * BatchWorks + 1, 0), (first, replayed));
        await using var after = await host.DbAsync();
        (await ReadModelSnapshot.CaptureAsync(after)).AssertSameAs(before);
        Assert.Equal(indexesBefore, await FullTextIndexRows.ReadAsync(after));
        Assert.Equal(2 * BatchWorks, before.Rows("Works"));
    }

    [Fact]
    public async Task Run_AfterABulkRegistration_LeavesTheFullTextTriggersInPlaceForTheWorksTitles()
    {
        var firstBlock = await BlockNumberAsync() + 1;
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Indexer:StartBlock"] = $"{firstBlock}" });
        await RegistryBatches.RegisterAsync(anvil, host.Chain.WorkRegistryAddress, transactions: 1, worksPerTransaction: BatchWorks);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using (var db = await host.DbAsync())
        {
            var work = await db.Works.SingleAsync(w => w.WorkId == 42);
            (work.Title, work.Tags) = ("秋天的河 on a quiet afternoon", "水");
            await db.SaveChangesAsync();
        }

        Assert.Equal([42L], (await host.Get<WorkSearch>().SearchAsync("afternoon")).Items.Select(w => w.WorkId));
        Assert.Equal([42L], (await host.Get<WorkSearch>().SearchAsync("水")).Items.Select(w => w.WorkId));
        await using var check = await host.DbAsync();
        var triggers = await check.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Works' ORDER BY name").ToListAsync();
        Assert.Equal(["WorksCjk_ad", "WorksCjk_ai", "WorksCjk_au", "Works_ad", "Works_ai", "Works_au"], triggers);
    }

    private async Task<long> BlockNumberAsync() => (long)(await anvil.CreateWeb3().Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
}
