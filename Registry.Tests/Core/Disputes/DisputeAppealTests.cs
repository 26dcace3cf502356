using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Core.Disputes;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>Appeals, the appeal's ruling, settling a ruling nobody appealed, and withdrawing bonds, on anvil.</summary>
[Collection("chain")]
public sealed class DisputeAppealTests(AnvilFixture anvil)
{
    /// <summary>Short, so that going past it moves the shared chain's clock only a minute.</summary>
    private const ulong ShortWindowSeconds = 60;

    [Fact]
    public async Task Appeal_ByTheClaimant_ThenAnotherModeratorUpholdsIt_ClosesTheDisputeAndCreditsTheBondToTheClaimant()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var (_, claimant, workId, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var first = await scene.ModeratorAsync("first-moderator");
        var second = await scene.ModeratorAsync("second-moderator");
        await scene.RuleAsync(first, disputeId, DisputeRuling.Dismissed);

        var appealed = await scene.Disputes.AppealAsync(claimant.UserId, disputeId, DisputesScene.Statement("The moderator missed the dated sketches."), CancellationToken.None);
        var ruled = await scene.Moderation.RuleAsync(second.UserId, disputeId, new RulingRequest(DisputeRuling.Frozen, "The sketches are dated.", []), CancellationToken.None);

        Assert.Null(appealed.Message);
        var appeal = (await scene.Licensing.ReceiptAsync(appealed.TransactionHash!)).DecodeAllEvents<DisputeAppealedEventDTO>().Single().Event;
        Assert.Equal(claimant.Address, appeal.Appellant, ignoreCase: true);
        Assert.Null(ruled.Message);
        Assert.Single((await scene.Licensing.ReceiptAsync(ruled.TransactionHash!)).DecodeAllEvents<AppealRuledEventDTO>());
        var dispute = (await scene.OnChainAsync(disputeId))!;
        Assert.Equal((DisputeStatus.Closed, DisputeRuling.Dismissed, (DisputeRuling?)DisputeRuling.Frozen), (dispute.Status, dispute.Ruling!.Value, dispute.AppealRuling));
        Assert.Equal(DisputesScene.Bond, await scene.Disputes.OwedAsync(claimant.Address, CancellationToken.None));
        Assert.True(await scene.Licensing.Admin.IsSalesFrozenQueryAsync(workId));
        await using var db = await scene.Host.DbAsync();
        Assert.Equal([(false, DisputeRuling.Dismissed, first.UserId), (true, DisputeRuling.Frozen, second.UserId)],
            (await db.ModerationDecisions.OrderBy(d => d.Id).ToListAsync()).Select(d => (d.Appeal, d.Ruling, d.UserId)));
    }

    [Fact]
    public async Task WithdrawBond_OfAnUpheldClaim_PaysTheBondToTheClaimant()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond, ShortWindowSeconds);
        var (_, claimant, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);
        await scene.IncreaseTimeAsync((long)ShortWindowSeconds + 1);
        var settled = await scene.Disputes.SettleAsync(moderator.UserId, disputeId, CancellationToken.None);
        var before = await scene.Licensing.BalanceAsync(claimant.Address);

        var outcome = await scene.Disputes.WithdrawBondAsync(claimant.UserId, CancellationToken.None);

        Assert.Null(settled.Message);
        Assert.Null(outcome.Message);
        var receipt = await scene.Licensing.ReceiptAsync(outcome.TransactionHash!);
        Assert.Equal(DisputesScene.Bond, receipt.DecodeAllEvents<WithdrawnEventDTO>().Single().Event.Amount);
        Assert.Equal(before + DisputesScene.Bond - receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value, await scene.Licensing.BalanceAsync(claimant.Address));
        Assert.True((await scene.Disputes.OwedAsync(claimant.Address, CancellationToken.None)).IsZero);
        var again = await scene.Disputes.WithdrawBondAsync(claimant.UserId, CancellationToken.None);
        Assert.Equal((DisputeProblem.NothingOwed, "No bond is owed to you: there is nothing to withdraw."), (again.Problem, again.Message));
    }

    [Fact]
    public async Task Settle_ADismissalAfterTheWindow_ClosesItAndCreditsTheBondToThePlatform()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond, ShortWindowSeconds);
        var (_, claimant, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Dismissed);
        await scene.IncreaseTimeAsync((long)ShortWindowSeconds + 1);

        var outcome = await scene.Disputes.SettleAsync(claimant.UserId, disputeId, CancellationToken.None);

        Assert.Null(outcome.Message);
        Assert.Equal(DisputeStatus.Closed, (await scene.OnChainAsync(disputeId))!.Status);
        var platform = await scene.Licensing.Admin.FeeRecipientQueryAsync();
        Assert.Equal(DisputesScene.Bond, await scene.Disputes.OwedAsync(platform, CancellationToken.None));
        Assert.True((await scene.Disputes.OwedAsync(claimant.Address, CancellationToken.None)).IsZero);
    }

    [Fact]
    public async Task Settle_WhileTheRulingCanStillBeAppealed_IsRefusedWithTheTimeTheWindowCloses()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var (_, claimant, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);
        var closesAt = (await scene.OnChainAsync(disputeId))!.RuledAt!.Value.AddDays(7);

        var outcome = await scene.Disputes.SettleAsync(claimant.UserId, disputeId, CancellationToken.None);

        Assert.Equal(DisputeProblem.AppealWindowOpen, outcome.Problem);
        Assert.Equal($"The ruling on dispute #{disputeId} can be appealed until {Utc(closesAt)} UTC; it can be settled only after that.", outcome.Message);
    }

    [Fact]
    public async Task Appeal_AfterTheWindow_IsRefusedWithTheTimeItClosed()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, appealWindowSeconds: ShortWindowSeconds);
        var (owner, _, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);
        var closedAt = (await scene.OnChainAsync(disputeId))!.RuledAt!.Value.AddSeconds(ShortWindowSeconds);
        await scene.IncreaseTimeAsync((long)ShortWindowSeconds + 1);

        var outcome = await scene.Disputes.AppealAsync(owner.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal(DisputeProblem.AppealWindowClosed, outcome.Problem);
        Assert.Equal($"The ruling on dispute #{disputeId} could be appealed until {Utc(closedAt)} UTC; that time has passed.", outcome.Message);
        Assert.Equal(DisputeStatus.Ruled, (await scene.OnChainAsync(disputeId))!.Status);
    }

    [Fact]
    public async Task Appeal_BySomeoneWhoIsNotAParty_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, workId, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        var bystander = await scene.AccountAsync("bystander");
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);

        var outcome = await scene.Disputes.AppealAsync(bystander.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal(DisputeProblem.NotParty, outcome.Problem);
        Assert.Equal($"Only the claimant or the owner of work #{workId} at the ruling can appeal dispute #{disputeId}.", outcome.Message);
    }

    [Fact]
    public async Task Appeal_ByTheOwnerAfterTheClaimantAppealed_IsRefusedAsAppealedOnce()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (owner, claimant, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);
        await scene.Disputes.AppealAsync(claimant.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        var outcome = await scene.Disputes.AppealAsync(owner.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal((DisputeProblem.WrongStatus, $"Dispute #{disputeId} has been appealed already: a ruling can be appealed only once."), (outcome.Problem, outcome.Message));
    }

    [Fact]
    public async Task RuleAppeal_ByTheModeratorWhoMadeTheFirstRuling_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (owner, _, _, disputeId) = await ModerationServiceTests.DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Frozen);
        await scene.Disputes.AppealAsync(owner.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Dismissed, "On reflection.", []), CancellationToken.None);

        Assert.Equal(DisputeProblem.SameModerator, outcome.Problem);
        Assert.Equal($"You made the first ruling on dispute #{disputeId}; its appeal must be decided by another moderator.", outcome.Message);
        Assert.Equal(DisputeStatus.Appealed, (await scene.OnChainAsync(disputeId))!.Status);
    }

    [Fact]
    public async Task OpenDispute_SentWithAWrongBond_RevertsWithWrongBondWordedWithBothAmountsInEther()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        var work = (await scene.Get<Registry.Core.Works.WorkCatalog>().GetAsync(workId))!;

        var refusal = await Assert.ThrowsAsync<DisputesRefusedException>(() => scene.Get<DisputesGateway>().OpenDisputeAsync(claimant.Key, workId,
            Convert.FromHexString(work.ContentHash), DisputeClaim.Authorship, null, Registry.Core.Fingerprints.Cid.Raw(new byte[32]), DisputesScene.Bond * 3, CancellationToken.None));

        var error = Assert.IsType<WorkDisputesWrongBondError>(refusal.Error);
        Assert.Equal((DisputesScene.Bond, DisputesScene.Bond * 3), (error.Expected, error.Sent));
        var outcome = ContractRefusals.Word(refusal, null, 0, workId);
        Assert.Equal((DisputeProblem.WrongBond, "The bond for a dispute is 0.01 ETH, but 0.03 ETH was offered."), (outcome.Problem, outcome.Message));
        Assert.Equal(["0.01 ETH", "0.03 ETH"], outcome.Arguments);
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
