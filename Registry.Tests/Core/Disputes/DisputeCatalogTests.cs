using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>The read side of disputes over a real SQLite read model, its rows written as the indexer would.</summary>
public sealed class DisputeCatalogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly string Alice = LicensingRows.Address('a');
    private static readonly string Bob = LicensingRows.Address('b');
    private static readonly string Moderator = LicensingRows.Address('c');

    private readonly TempDirectory _content = new("dispute-catalog");
    private ReadModelDatabase _database = default!;
    private DisputeCatalog _catalog = default!;

    public async Task InitializeAsync()
    {
        _database = await ReadModelDatabase.CreateAsync();
        var documents = new EvidenceDocuments(new EmbeddedContentStore(_content.Path), TimeProvider.System);
        _catalog = new DisputeCatalog(_database.Factory, new WorkCatalog(_database.Factory), documents, TimeProvider.System);
        await _database.AddAsync(ReadModelDatabase.Work(1, "Harbour at dawn"), ReadModelDatabase.Work(2, "港口的黎明"), ReadModelDatabase.Work(3, "Untitled"));
    }

    [Fact]
    public async Task List_TheOpenQueue_IsOldestFirstAndHoldsOnlyOpenDisputes()
    {
        await AddAsync(
            DisputeRows.Dispute(1, 1, Alice, Now.AddDays(-2)),
            DisputeRows.Dispute(2, 2, Bob, Now.AddDays(-5)),
            DisputeRows.Dispute(3, 1, Bob, Now.AddDays(-9), DisputeStatus.Ruled, ruling: DisputeRuling.Flagged),
            DisputeRows.Dispute(4, 3, Alice, Now.AddHours(-1)));

        var queue = await _catalog.ListAsync(new DisputeQuery(DisputeStatus.Open), CancellationToken.None);

        Assert.Equal([2L, 1, 4], queue.Select(d => d.DisputeId));
        Assert.Equal(("港口的黎明", Bob, DisputeClaim.Authorship, DisputeStatus.Open), (queue[0].WorkTitle, queue[0].Claimant, queue[0].Claim, queue[0].Status));
    }

    [Fact]
    public async Task List_TheAppealedQueue_IsOrderedByHowLongEachAppealHasWaited()
    {
        await AddAsync(
            DisputeRows.Dispute(1, 1, Alice, Now.AddDays(-20), DisputeStatus.Appealed, ruling: DisputeRuling.Frozen, appealedAt: Now.AddDays(-1)),
            DisputeRows.Dispute(2, 2, Bob, Now.AddDays(-10), DisputeStatus.Appealed, ruling: DisputeRuling.Dismissed, appealedAt: Now.AddDays(-4)));

        var queue = await _catalog.ListAsync(new DisputeQuery(DisputeStatus.Appealed), CancellationToken.None);

        Assert.Equal([2L, 1], queue.Select(d => d.DisputeId));
        Assert.Equal(DisputeRuling.Frozen, queue[1].Ruling);
    }

    [Fact]
    public async Task List_WithoutAStatus_IsNewestFirstWithTheRulingInForce()
    {
        await AddAsync(
            DisputeRows.Dispute(1, 1, Alice, Now.AddDays(-30), DisputeStatus.Closed, ruling: DisputeRuling.Frozen, appealRuling: DisputeRuling.Dismissed),
            DisputeRows.Dispute(2, 2, Bob, Now.AddDays(-3)));

        var all = await _catalog.ListAsync(new DisputeQuery(), CancellationToken.None);

        Assert.Equal([(2L, (DisputeRuling?)null), (1L, DisputeRuling.Dismissed)], all.Select(d => (d.DisputeId, d.Ruling)));
    }

    [Fact]
    public async Task List_FilteredByClaimAgeClaimantAndWork_KeepsOnlyWhatMatchesEach()
    {
        await AddAsync(
            DisputeRows.Dispute(1, 1, Alice, Now.AddDays(-8), claim: DisputeClaim.Copies, copiedWorkId: 2),
            DisputeRows.Dispute(2, 2, Bob, Now.AddDays(-8), claim: DisputeClaim.Unlawful),
            DisputeRows.Dispute(3, 3, Alice, Now.AddDays(-1), claim: DisputeClaim.Copies, copiedWorkId: 1));

        Assert.Equal([1L, 3], await IdsAsync(new DisputeQuery(DisputeStatus.Open, Claim: DisputeClaim.Copies)));
        Assert.Equal([1L, 2], await IdsAsync(new DisputeQuery(DisputeStatus.Open, OlderThan: TimeSpan.FromDays(7))));
        Assert.Equal([3L, 1], await IdsAsync(new DisputeQuery(Claimant: Alice.ToUpperInvariant().Replace("0X", "0x"))));
        Assert.Equal([2L], await IdsAsync(new DisputeQuery(WorkId: 2)));
        Assert.Equal([1L], await IdsAsync(new DisputeQuery(DisputeStatus.Open, Limit: 1)));
    }

    [Fact]
    public async Task Get_ADispute_HasItsWorksStepsAndDecisionsOldestFirstAndTheFingerprintDistance()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var work = await db.Works.FindAsync(1L);
            var copied = await db.Works.FindAsync(2L);
            (work!.Fingerprint, work.FingerprintKind) = (0b1011, FingerprintKind.Image);
            (copied!.Fingerprint, copied.FingerprintKind) = (0b0001, FingerprintKind.Image);
            await db.SaveChangesAsync();
        }
        await AddAsync(
            DisputeRows.Dispute(5, 1, Alice, Now.AddDays(-2), DisputeStatus.Ruled, DisputeClaim.Copies, 2, ruling: DisputeRuling.Frozen),
            DisputeRows.Step(5, 1, WorkEventKind.DisputeRuled, 12, from: Moderator, documentCid: "bafy-reason", ruling: DisputeRuling.Frozen),
            DisputeRows.Step(5, 1, WorkEventKind.DisputeOpened, 10, from: Alice, documentCid: "bafy-evidence"),
            DisputeRows.Step(6, 1, WorkEventKind.DisputeOpened, 11, from: Bob),
            new ModerationDecision
            {
                DisputeId = 5, UserId = "moderator-1", Moderator = Moderator, Ruling = DisputeRuling.Frozen, ReasonCid = "bafy-reason",
                TransactionHash = "0x01", DecidedAt = Now,
            });

        var details = await _catalog.GetAsync(5, CancellationToken.None);

        Assert.NotNull(details);
        Assert.Equal((5L, "Harbour at dawn", "港口的黎明"), (details.Dispute.DisputeId, details.Work.Title, details.CopiedWork?.Title));
        Assert.Equal([(WorkEventKind.DisputeOpened, Alice, "bafy-evidence", (DisputeRuling?)null), (WorkEventKind.DisputeRuled, Moderator, "bafy-reason", DisputeRuling.Frozen)],
            details.Steps.Select(s => (s.Kind, s.Actor, s.DocumentCid, s.Ruling)));
        Assert.Equal("moderator-1", details.Decisions.Single().UserId);
        Assert.Equal(2, details.FingerprintDistance);
    }

    [Fact]
    public async Task Get_WorksWithoutBothFingerprints_HaveNoDistance()
    {
        await AddAsync(DisputeRows.Dispute(1, 1, Alice, Now, claim: DisputeClaim.Copies, copiedWorkId: 2), DisputeRows.Dispute(2, 3, Alice, Now));

        Assert.Null((await _catalog.GetAsync(1, CancellationToken.None))?.FingerprintDistance);
        Assert.Null((await _catalog.GetAsync(2, CancellationToken.None))?.FingerprintDistance);
    }

    [Fact]
    public void FingerprintDistance_OfDifferentKinds_IsNone()
    {
        var image = ReadModelDatabase.Work(1, "a");
        var text = ReadModelDatabase.Work(2, "b");
        (image.Fingerprint, image.FingerprintKind, text.Fingerprint, text.FingerprintKind) = (-1, FingerprintKind.Image, 1, FingerprintKind.Text);

        Assert.Null(DisputeCatalog.FingerprintDistance(image, text));
        text.FingerprintKind = FingerprintKind.Image;
        Assert.Equal(63, DisputeCatalog.FingerprintDistance(image, text));
    }

    [Fact]
    public async Task Get_ADisputeTheReadModelDoesNotHave_ReturnsNull() =>
        Assert.Null(await _catalog.GetAsync(404, CancellationToken.None));

    [Fact]
    public async Task Banner_CountsDisputesWaitingAndShowsTheGravestUpheldRulingInForce()
    {
        await AddAsync(
            DisputeRows.Dispute(1, 1, Alice, Now.AddDays(-9), DisputeStatus.Closed, ruling: DisputeRuling.Reassigned, appealRuling: DisputeRuling.Dismissed),
            DisputeRows.Dispute(2, 1, Bob, Now.AddDays(-8), DisputeStatus.Appealed, ruling: DisputeRuling.Frozen, appealedAt: Now.AddDays(-1)),
            DisputeRows.Dispute(3, 1, Alice, Now.AddDays(-7), DisputeStatus.Ruled, ruling: DisputeRuling.Flagged),
            DisputeRows.Dispute(4, 1, Bob, Now.AddDays(-1)),
            DisputeRows.Dispute(5, 2, Bob, Now.AddDays(-1), DisputeStatus.Ruled, ruling: DisputeRuling.Reassigned));

        var banner = await _catalog.BannerAsync(1, CancellationToken.None);

        Assert.Equal(new WorkDisputeBanner(2, DisputeRuling.Frozen, 2), banner);
        Assert.Equal(new WorkDisputeBanner(0, null, null), await _catalog.BannerAsync(3, CancellationToken.None));
    }

    private async Task<IReadOnlyList<long>> IdsAsync(DisputeQuery query) =>
        (await _catalog.ListAsync(query, CancellationToken.None)).Select(d => d.DisputeId).ToList();

    private Task AddAsync(params object[] rows) => LicensingRows.AddAsync(_database.Factory, rows);

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _content.Dispose();
    }
}
