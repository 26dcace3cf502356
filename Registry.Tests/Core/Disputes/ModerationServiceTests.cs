using Microsoft.EntityFrameworkCore;
using Nethereum.Contracts;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;
using Registry.Tests.Core.Licensing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>Rulings through the moderation service on anvil: the app's role, the chain's role, the reason, the audit.</summary>
[Collection("chain")]
public sealed class ModerationServiceTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Rule_FrozenByAModerator_FreezesSalesRevokesTheLicenceStoresTheReasonAndAuditsTheDecision()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (owner, _, workId, disputeId) = await DisputeAsync(scene);
        var buyer = await scene.AccountAsync("buyer");
        var offerId = await scene.Licensing.OfferAsync(owner, LicensingScene.Request(workId));
        var licenceId = (await scene.Get<LicencePurchases>().BuyAsync(buyer.UserId, offerId, CancellationToken.None)).LicenceId!.Value;
        var moderator = await scene.ModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId,
            new RulingRequest(DisputeRuling.Frozen, "  The sketches predate the registration.  ", [licenceId]), CancellationToken.None);

        Assert.Null(outcome.Message);
        Assert.Equal(disputeId, outcome.DisputeId);
        var ruled = (await scene.Licensing.ReceiptAsync(outcome.TransactionHash!)).DecodeAllEvents<DisputeRuledEventDTO>().Single().Event;
        Assert.Equal(((byte)DisputeRuling.Frozen, moderator.Address), (ruled.Ruling, ruled.Moderator.ToLowerInvariant()));
        var reason = await scene.Get<EvidenceDocuments>().ReadAsync(Cid.FromBytes(ruled.ReasonCid).ToString(), CancellationToken.None);
        Assert.Equal((EvidenceKind.Reason, (long?)disputeId, workId, "The sketches predate the registration.", moderator.Address),
            (reason?.Kind, reason?.DisputeId, reason?.WorkId, reason?.Statement, reason?.Author));
        Assert.Equal(DisputeStatus.Ruled, (await scene.OnChainAsync(disputeId))!.Status);
        Assert.True(await scene.Licensing.Admin.IsSalesFrozenQueryAsync(workId));
        Assert.False(await scene.Get<LicensingGateway>().IsLicenceValidAsync(licenceId, CancellationToken.None));
        await using var db = await scene.Host.DbAsync();
        var decision = await db.ModerationDecisions.SingleAsync();
        Assert.Equal((disputeId, moderator.UserId, moderator.Address, false, DisputeRuling.Frozen, licenceId.ToString(), outcome.TransactionHash),
            (decision.DisputeId, decision.UserId, decision.Moderator, decision.Appeal, decision.Ruling, decision.RevokedLicences, decision.TransactionHash));
        Assert.Equal(Cid.FromBytes(ruled.ReasonCid).ToString(), decision.ReasonCid);
    }

    [Fact]
    public async Task Rule_ByAnAccountWithoutTheModeratorRole_IsRefusedByTheServiceAndSendsNothing()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var chainOnly = await scene.ChainOnlyModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(chainOnly.UserId, disputeId, new RulingRequest(DisputeRuling.Dismissed, "No evidence.", []), CancellationToken.None);

        Assert.Equal((DisputeProblem.NotModerator, "Only a moderator can rule on disputes."), (outcome.Problem, outcome.Message));
        Assert.Equal(DisputeStatus.Open, (await scene.OnChainAsync(disputeId))!.Status);
    }

    [Fact]
    public async Task Rule_DirectlyOnTheContractByANonModerator_RevertsWithNotModeratorDecoded()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, claimant, _, disputeId) = await DisputeAsync(scene);

        var refusal = await Assert.ThrowsAsync<DisputesRefusedException>(() => scene.Get<DisputesGateway>().RuleAsync(
            claimant.Key, disputeId, DisputeRuling.Reassigned, Cid.Raw(new byte[32]), [], CancellationToken.None));

        var error = Assert.IsType<WorkDisputesNotModeratorError>(refusal.Error);
        Assert.Equal(claimant.Address, error.Account, ignoreCase: true);
        Assert.Equal("WorkDisputesNotModerator", refusal.ErrorName);
        Assert.Equal("The disputes contract refused the transaction: WorkDisputesNotModerator.", refusal.Message);
        Assert.Equal((DisputeProblem.NotModerator, "Only a moderator can rule on disputes."),
            ContractRefusals.Word(refusal, DisputeAction.Rule, disputeId, 1) is var o ? (o.Problem, o.Message) : default);
    }

    [Fact]
    public async Task Rule_ByAnAppModeratorWithoutTheRoleOnChain_SaysTheRoleIsNotInForceYet()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var appOnly = await scene.AccountAsync("app-moderator");
        await scene.Get<Registry.Core.Accounts.ModeratorGrants>().GrantAsync(scene.Admin.UserId, appOnly.UserId);
        var stored = scene.Store.BytesReadPerAdd.Count;

        var outcome = await scene.Moderation.RuleAsync(appOnly.UserId, disputeId, new RulingRequest(DisputeRuling.Flagged, "Contested.", []), CancellationToken.None);

        Assert.Equal(DisputeProblem.NotModerator, outcome.Problem);
        Assert.Equal($"Your account {appOnly.Address} does not hold the moderator role on the chain yet, so it cannot rule; try again once the role has been granted.", outcome.Message);
        Assert.Equal(stored, scene.Store.BytesReadPerAdd.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public async Task Rule_WithoutAReason_IsRefusedAndSendsNothing(string reason)
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Frozen, reason, []), CancellationToken.None);

        Assert.Equal(DisputeProblem.ReasonMissing, outcome.Problem);
        Assert.Equal("A ruling needs a written reason: say why, in at most 10,000 characters.", outcome.Message);
        Assert.Equal(DisputeStatus.Open, (await scene.OnChainAsync(disputeId))!.Status);
    }

    [Fact]
    public async Task Rule_WithAReasonTooLong_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Frozen, new string('r', 10_001), []), CancellationToken.None);

        Assert.Equal((DisputeProblem.ReasonTooLong, "The reason is 10,001 characters long; it may be at most 10,000."), (outcome.Problem, outcome.Message));
    }

    [Fact]
    public async Task Rule_DismissedRevokingALicence_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Dismissed, "Not upheld.", [1]), CancellationToken.None);

        Assert.Equal(DisputeProblem.RevocationNotAllowed, outcome.Problem);
        Assert.Equal("Licences can be revoked only by a ruling that freezes or reassigns the work, not by dismissed.", outcome.Message);
    }

    [Fact]
    public async Task Rule_RevokingALicenceOfAnotherWork_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (owner, _, workId, disputeId) = await DisputeAsync(scene);
        var otherWork = await scene.RegisterWorkAsync(owner);
        var buyer = await scene.AccountAsync("buyer");
        var offerId = await scene.Licensing.OfferAsync(owner, LicensingScene.Request(otherWork));
        var licenceId = (await scene.Get<LicencePurchases>().BuyAsync(buyer.UserId, offerId, CancellationToken.None)).LicenceId!.Value;
        var moderator = await scene.ModeratorAsync();

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Frozen, "Frozen.", [licenceId]), CancellationToken.None);

        Assert.Equal((DisputeProblem.LicenceNotOfWork, $"Licence #{licenceId} is not a licence of work #{workId}."), (outcome.Problem, outcome.Message));
    }

    [Fact]
    public async Task Rule_ADisputeRuledAlready_IsRefusedAsTheWrongStatus()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, _, _, disputeId) = await DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);

        var outcome = await scene.Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(DisputeRuling.Frozen, "Again.", []), CancellationToken.None);

        Assert.Equal(DisputeProblem.WrongStatus, outcome.Problem);
        Assert.Equal($"Dispute #{disputeId} has been ruled already; it can be ruled again only on appeal.", outcome.Message);
    }

    [Fact]
    public async Task Rule_Reassigned_MovesTheWorkToTheClaimant()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var (_, claimant, workId, disputeId) = await DisputeAsync(scene);
        var moderator = await scene.ModeratorAsync();

        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Reassigned);

        Assert.Equal(claimant.Address, await scene.Get<Registry.Core.Chain.WorkRegistryGateway>().OwnerOfAsync(workId, CancellationToken.None));
    }

    /// <summary>An owner's work, disputed by a claimant.</summary>
    internal static async Task<(Party Owner, Party Claimant, long WorkId, long DisputeId)> DisputeAsync(DisputesScene scene)
    {
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        return (owner, claimant, workId, await scene.OpenAsync(claimant, workId));
    }
}
