using Microsoft.EntityFrameworkCore;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Registry.Core.Disputes;
using Registry.Core.Indexing;
using Registry.Core.Licensing;
using Registry.Core.Notifications;
using Registry.Core.Works;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>The indexer mirroring the disputes contract (and the registry's reassignments) from real anvil logs into a real SQLite file.</summary>
[Collection("chain")]
public sealed class DisputeIndexingTests(AnvilFixture anvil)
{
    private const long DisputeId = 1;

    [Fact]
    public async Task Run_AfterADisputeIsOpenedAnsweredFrozenAppealedAndFlagged_MirrorsEveryStepOnTheDisputeAndTheTimeline()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.Market.CreateOfferAsync();
        await court.Market.BuyAsync(court.Market.Buyer);
        var opened = await court.OpenDisputeAsync(court.Claimant);
        await court.RespondAsync(DisputeId);
        var ruled = await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Frozen, "frozen", 1);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using (var db = await host.DbAsync())
        {
            var frozen = await db.Disputes.SingleAsync();
            Assert.Equal((DisputeStatus.Ruled, DisputeRuling.Frozen, "1"), (frozen.Status, frozen.Ruling, frozen.RevokedLicences));
            Assert.True((await db.Licences.SingleAsync()).Revoked);
        }
        Assert.Equal(OfferAvailability.SalesFrozen, (await host.Get<LicenceCatalog>().GetOffersAsync(LicensingMarket.WorkId)).Single().Availability);

        var appealed = await court.AppealAsync(court.Owner, DisputeId);
        var appealRuled = await court.RuleAppealAsync(court.SecondModerator, DisputeId, DisputeRuling.Flagged);
        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        // DisputeAppealed; then BondCredited, AppealRuled and the overturned freeze's SalesUnfrozen.
        Assert.Equal(4, written);
        await using var after = await host.DbAsync();
        var dispute = await after.Disputes.SingleAsync();
        Assert.Equal((DisputeId, LicensingMarket.WorkId, court.Claimant.Address, DisputeClaim.Authorship, (long?)null, DisputeCourt.Bond.ToString()),
            (dispute.DisputeId, dispute.WorkId, dispute.Claimant, dispute.Claim, dispute.CopiedWorkId, dispute.Bond));
        Assert.Equal((Cid("evidence"), Cid("counter-statement"), await BlockTimeAsync(opened), (long)opened.BlockNumber.Value, opened.TransactionHash),
            (dispute.EvidenceCid, dispute.CounterStatementCid, dispute.OpenedAt, dispute.BlockNumber, dispute.TransactionHash));
        Assert.Equal((DisputeRuling.Frozen, court.Moderator.Address, court.Owner.Address, Cid("frozen"), await BlockTimeAsync(ruled), "1"),
            (dispute.Ruling, dispute.Moderator, dispute.OwnerAtRuling, dispute.ReasonCid, dispute.RuledAt, dispute.RevokedLicences));
        Assert.Equal((court.Owner.Address, Cid("appeal"), await BlockTimeAsync(appealed)), (dispute.Appellant, dispute.AppealEvidenceCid, dispute.AppealedAt));
        Assert.Equal((DisputeRuling.Flagged, court.SecondModerator.Address, Cid("appeal reason"), await BlockTimeAsync(appealRuled)),
            (dispute.AppealRuling, dispute.AppealModerator, dispute.AppealReasonCid, dispute.AppealRuledAt));
        Assert.Equal((DisputeStatus.Closed, court.Claimant.Address, DisputeRuling.Flagged), (dispute.Status, dispute.BondCreditedTo, dispute.FinalRuling));

        var timeline = await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId);
        Assert.Equal(
            [
                WorkEventKind.Registered, WorkEventKind.OfferCreated, WorkEventKind.LicencePurchased,
                WorkEventKind.DisputeOpened, WorkEventKind.DisputeResponded, WorkEventKind.DisputeRuled, WorkEventKind.SalesFrozen,
                WorkEventKind.LicenceRevoked, WorkEventKind.DisputeAppealed, WorkEventKind.DisputeBondCredited, WorkEventKind.AppealRuled,
                WorkEventKind.SalesUnfrozen,
            ],
            timeline.Select(e => e.Kind));
        (WorkEventKind, string?, string?, string?, DisputeRuling?)[] steps =
            [
                (WorkEventKind.DisputeOpened, court.Claimant.Address, null, Cid("evidence"), null),
                (WorkEventKind.DisputeResponded, court.Owner.Address, null, Cid("counter-statement"), null),
                (WorkEventKind.DisputeRuled, court.Moderator.Address, court.Owner.Address, Cid("frozen"), DisputeRuling.Frozen),
                (WorkEventKind.DisputeAppealed, court.Owner.Address, null, Cid("appeal"), null),
                (WorkEventKind.DisputeBondCredited, null, court.Claimant.Address, null, null),
                (WorkEventKind.AppealRuled, court.SecondModerator.Address, court.Owner.Address, Cid("appeal reason"), DisputeRuling.Flagged),
            ];
        Assert.Equal(steps, timeline.Where(e => e.DisputeId == DisputeId).Select(e => (e.Kind, e.From, e.To, e.DocumentCid, e.Ruling)));
        Assert.Equal((court.Address, court.Address), (timeline[6].From, timeline[7].From));
        Assert.Equal("1", timeline.Single(e => e.Kind == WorkEventKind.DisputeRuled).RevokedLicences);
        Assert.Equal(OfferAvailability.Available, (await host.Get<LicenceCatalog>().GetOffersAsync(LicensingMarket.WorkId)).Single().Availability);
    }

    [Fact]
    public async Task Run_AfterTheAppealWindowASettlementAndAWithdrawal_ClosesTheDisputeAndKeepsTheBondOutOfRoyaltyReports()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Flagged);
        await court.PassAppealWindowAsync();
        await court.SettleAsync(court.Market.SecondBuyer, DisputeId);
        var withdrawn = await court.WithdrawBondAsync(court.Claimant);

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var db = await host.DbAsync();
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal((DisputeStatus.Closed, DisputeRuling.Flagged, court.Claimant.Address, (DisputeRuling?)null, (string?)null),
            (dispute.Status, dispute.Ruling, dispute.BondCreditedTo, dispute.AppealRuling, dispute.Appellant));
        Assert.Equal(
            [WorkEventKind.Registered, WorkEventKind.DisputeOpened, WorkEventKind.DisputeRuled, WorkEventKind.DisputeSettled, WorkEventKind.DisputeBondCredited],
            (await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId)).Select(e => e.Kind));
        var withdrawal = await db.Withdrawals.SingleAsync();
        Assert.Equal((court.Claimant.Address, NativeAmount.NativeCurrency, DisputeCourt.Bond.ToString(), (WithdrawalSource?)WithdrawalSource.DisputeBonds, withdrawn.TransactionHash),
            (withdrawal.Account, withdrawal.Currency, withdrawal.Amount, withdrawal.Source, withdrawal.TransactionHash));
        var day = DateOnly.FromDateTime(withdrawal.Timestamp.UtcDateTime);
        Assert.Empty((await host.Get<RoyaltyReports>().GetAsync(court.Claimant.Address, day, day.AddDays(1))).Withdrawals);
    }

    [Fact]
    public async Task Run_AfterASettlementWithoutABond_ClosesTheDisputeWithTheRulingStanding()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil, bond: 0);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.OpenDisputeAsync(court.Claimant, bond: 0);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Dismissed);
        await court.PassAppealWindowAsync();
        await court.SettleAsync(court.Market.SecondBuyer, DisputeId);

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var db = await host.DbAsync();
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal((DisputeStatus.Closed, DisputeRuling.Dismissed, (string?)null), (dispute.Status, dispute.Ruling, dispute.BondCreditedTo));
        var settled = Assert.Single(await db.WorkEvents.Where(e => e.Kind == WorkEventKind.DisputeSettled).ToListAsync());
        Assert.Equal((DisputeId, (DisputeRuling?)DisputeRuling.Dismissed), (settled.DisputeId!.Value, settled.Ruling));
    }

    [Fact]
    public async Task Run_AfterAReassigningRuling_MovesTheWorkAndItsSplitToTheClaimantAndTellsTheLicenceTransferApart()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        var market = court.Market;
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await market.TransferLicenceAsync(market.Buyer, market.SecondBuyer.Address, 1);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Reassigned, "reassigned", 1);

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var db = await host.DbAsync();
        var work = await db.Works.SingleAsync();
        Assert.Equal((court.Claimant.Address, $"{court.Claimant.Address}:10000"), (work.Owner, work.Split));
        var licence = await db.Licences.SingleAsync();
        Assert.Equal((market.SecondBuyer.Address, true), (licence.Holder, licence.Revoked));
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal((DisputeStatus.Ruled, DisputeRuling.Reassigned, court.Owner.Address, "1"), (dispute.Status, dispute.Ruling, dispute.OwnerAtRuling, dispute.RevokedLicences));

        var timeline = await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId);
        Assert.Equal(
            [
                WorkEventKind.Registered, WorkEventKind.OfferCreated, WorkEventKind.LicencePurchased, WorkEventKind.LicenceTransferred,
                WorkEventKind.DisputeOpened, WorkEventKind.DisputeRuled, WorkEventKind.Transferred, WorkEventKind.WorkReassigned,
                WorkEventKind.LicenceRevoked,
            ],
            timeline.Select(e => e.Kind));
        Assert.Equal((court.Owner.Address, court.Claimant.Address), (timeline[6].From, timeline[6].To));
        Assert.Equal((court.Owner.Address, court.Claimant.Address, work.Split), (timeline[7].From, timeline[7].To, timeline[7].Split));
        Assert.Equal(OriginalSplit(court), timeline[0].Split);
        Assert.Equal(OfferAvailability.SellerNoLongerOwner, (await host.Get<LicenceCatalog>().GetOffersAsync(LicensingMarket.WorkId)).Single().Availability);
    }

    [Fact]
    public async Task Run_WhenADisputeIsOpenedRuledAppealedAndRuledAgain_NotifiesTheOwnerPartiesAndHoldersOfLiveLicencesButNeverTheActor()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        var market = court.Market;
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await market.BuyAsync(court.Claimant);
        await market.BuyAsync(market.SecondBuyer);
        await market.BuyAsync(court.Moderator);
        await market.RevokeAsync(3);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Flagged);
        await court.AppealAsync(court.Owner, DisputeId);
        await court.RuleAppealAsync(court.SecondModerator, DisputeId, DisputeRuling.Dismissed);

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var db = await host.DbAsync();
        var notifications = await db.Notifications.ToListAsync();
        Assert.All(notifications, n => Assert.Equal((LicensingMarket.WorkId, (long?)DisputeId), (n.WorkId, n.DisputeId)));
        Assert.Equal(Sorted(court.Owner, market.Buyer, court.Moderator), RecipientsOf(notifications, NotificationKind.DisputeOpened));
        Assert.Equal(Sorted(court.Claimant, court.Owner, market.Buyer), RecipientsOf(notifications, NotificationKind.DisputeRuled));
        Assert.Equal(Sorted(court.Claimant), RecipientsOf(notifications, NotificationKind.DisputeAppealed));
        Assert.Equal(Sorted(court.Claimant, court.Owner, market.Buyer, court.Moderator), RecipientsOf(notifications, NotificationKind.AppealRuled));
        var ruling = await db.WorkEvents.SingleAsync(e => e.Kind == WorkEventKind.DisputeRuled);
        Assert.All(notifications.Where(n => n.Kind == NotificationKind.DisputeRuled),
            n => Assert.Equal((ruling.TransactionHash, ruling.LogIndex, ruling.BlockNumber, ruling.Timestamp), (n.TransactionHash, n.LogIndex, n.BlockNumber, n.CreatedAt)));
    }

    [Fact]
    public async Task Run_WhenTheRangeIsReplayed_AddsNoDisputeStepNotificationOrWithdrawal()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.Market.CreateOfferAsync();
        await court.Market.BuyAsync(court.Market.Buyer);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RespondAsync(DisputeId);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Reassigned);
        await court.PassAppealWindowAsync();
        await court.SettleAsync(court.Claimant, DisputeId);
        await court.WithdrawBondAsync(court.Claimant);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var before = await ReadModelAsync(host);
        await RewindCheckpointAsync(host);

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(0, written);
        Assert.Equal(before, await ReadModelAsync(host));
        var reassigned = $"{court.Claimant.Address}:10000";
        // Opened (owner, buyer) and ruled (claimant, owner, buyer); the bond withdrawal beside the licensing ones (none).
        Assert.Equal(new ReadModel(Disputes: 1, Status: DisputeStatus.Closed, Notifications: 5, Withdrawals: 1, Events: 10, Owner: court.Claimant.Address, Split: reassigned), before);
    }

    [Fact]
    public async Task Run_AfterAReorganisationOrphansAReassigningRulingAndADispute_DropsThemAndRestoresTheSurvivingDisputeOwnerAndSplit()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        var market = court.Market;
        await market.CreateOfferAsync();
        await market.BuyAsync(market.Buyer);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RespondAsync(DisputeId);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var snapshot = await anvil.RpcAsync<string>("evm_snapshot");
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Reassigned, "reassigned", 1);
        await court.OpenDisputeAsync(market.Buyer);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        // The second dispute notified only the new owner: the ruling revoked the one licence.
        Assert.Equal(new ReadModel(2, DisputeStatus.Ruled, 6, 0, 10, court.Claimant.Address, $"{court.Claimant.Address}:10000"), await ReadModelAsync(host));

        await anvil.RpcAsync<bool>("evm_revert", snapshot);
        await anvil.RpcAsync<string>("evm_mine");
        var flagged = await court.RuleAsync(court.SecondModerator, DisputeId, DisputeRuling.Flagged, "flagged");
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        // Opened (owner, buyer) and the canonical ruling (claimant, owner, buyer).
        Assert.Equal(new ReadModel(1, DisputeStatus.Ruled, 5, 0, 6, court.Owner.Address, OriginalSplit(court)), await ReadModelAsync(host));
        await using var db = await host.DbAsync();
        var dispute = await db.Disputes.SingleAsync();
        Assert.Equal((DisputeRuling.Flagged, court.SecondModerator.Address, court.Owner.Address, Cid("flagged"), "", Cid("counter-statement")),
            (dispute.Ruling, dispute.Moderator, dispute.OwnerAtRuling, dispute.ReasonCid, dispute.RevokedLicences, dispute.CounterStatementCid));
        Assert.False((await db.Licences.SingleAsync()).Revoked);
        Assert.All(await db.Notifications.Where(n => n.Kind == NotificationKind.DisputeRuled).ToListAsync(), n => Assert.Equal(flagged.TransactionHash, n.TransactionHash));
        Assert.Equal(
            [
                WorkEventKind.Registered, WorkEventKind.OfferCreated, WorkEventKind.LicencePurchased,
                WorkEventKind.DisputeOpened, WorkEventKind.DisputeResponded, WorkEventKind.DisputeRuled,
            ],
            (await host.Get<WorkCatalog>().GetHistoryAsync(LicensingMarket.WorkId)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Run_WhenAReassignmentOfAWorkIndexedBeforeRegistrationsKeptTheirSplitIsOrphaned_RestoresTheRegisteredSplit()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.OpenDisputeAsync(court.Claimant);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using (var db = await host.DbAsync())
        {
            (await db.WorkEvents.SingleAsync(e => e.Kind == WorkEventKind.Registered)).Split = null;
            await db.SaveChangesAsync();
        }
        var snapshot = await anvil.RpcAsync<string>("evm_snapshot");
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Reassigned);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await anvil.RpcAsync<bool>("evm_revert", snapshot);
        await anvil.RpcAsync<string>("evm_mine");
        await court.RespondAsync(DisputeId);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var work = (await host.Get<WorkCatalog>().GetAsync(LicensingMarket.WorkId))!;
        Assert.Equal((court.Owner.Address, OriginalSplit(court)), (work.Owner, work.Split));
    }

    [Fact]
    public async Task Run_AfterARestart_ResumesTheDisputeWithoutDuplicates()
    {
        await using var host = await DisputeCourt.StartHostAsync(anvil);
        var court = await DisputeCourt.OpenAsync(anvil, host);
        await court.OpenDisputeAsync(court.Claimant);
        await court.RespondAsync(DisputeId);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        await using var restarted = await CoreHost.StartAsync(anvil, host.Chain.WorkRegistryAddress, host.DataDirectory,
            licensingAddress: host.Chain.WorkLicensingAddress, disputesAddress: host.Chain.WorkDisputesAddress);
        await court.RuleAsync(court.Moderator, DisputeId, DisputeRuling.Flagged);
        await court.AppealAsync(court.Claimant, DisputeId);
        var written = await restarted.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(2, written);
        // Opened (owner), ruled (claimant, owner), appealed by the claimant (owner).
        Assert.Equal(new ReadModel(1, DisputeStatus.Appealed, 4, 0, 5, court.Owner.Address, OriginalSplit(court)), await ReadModelAsync(restarted));
    }

    /// <summary>What the disputes read model holds, in numbers: the status of the first dispute, the work's owner and split.</summary>
    private sealed record ReadModel(int Disputes, DisputeStatus Status, int Notifications, int Withdrawals, int Events, string Owner, string Split);

    private static async Task<ReadModel> ReadModelAsync(CoreHost host)
    {
        await using var db = await host.DbAsync();
        var work = await db.Works.SingleAsync(w => w.WorkId == LicensingMarket.WorkId);
        return new ReadModel(
            await db.Disputes.CountAsync(),
            await db.Disputes.Where(d => d.DisputeId == DisputeId).Select(d => d.Status).SingleAsync(),
            await db.Notifications.CountAsync(),
            await db.Withdrawals.CountAsync(),
            await db.WorkEvents.CountAsync(),
            work.Owner,
            work.Split);
    }

    private async Task RewindCheckpointAsync(CoreHost host)
    {
        await using var db = await host.DbAsync();
        var checkpoint = await db.IndexerCheckpoints.SingleAsync();
        checkpoint.BlockNumber = 0;
        checkpoint.BlockHash = (await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(0))).BlockHash;
        await db.SaveChangesAsync();
    }

    private async Task<DateTimeOffset> BlockTimeAsync(TransactionReceipt receipt)
    {
        var block = await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(receipt.BlockNumber);
        return DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value);
    }

    private static string Cid(string text) => DisputeCourt.Document(text).ToString();

    private static string OriginalSplit(DisputeCourt court) => $"{court.Owner.Address}:7000;{court.Market.CoAuthor.Address}:3000";

    private static string[] Sorted(params Party[] parties) => parties.Select(p => p.Address).Order(StringComparer.Ordinal).ToArray();

    private static string[] RecipientsOf(IEnumerable<Notification> notifications, NotificationKind kind) =>
        notifications.Where(n => n.Kind == kind).Select(n => n.Recipient).Order(StringComparer.Ordinal).ToArray();
}
