using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Moderation;

namespace Registry.Tests.Web.Components.Disputes;

/// <summary>The moderation view over read-model rows as the indexer writes them and documents on the content store (no chain).</summary>
public sealed class ModerationViewTests : IAsyncLifetime
{
    private const long Fingerprint = 0x0123_4567_89ab_cdef;
    private static readonly string Owner = LicensingRows.Address('a');
    private static readonly string Claimant = LicensingRows.Address('b');
    private static readonly string OtherModerator = LicensingRows.Address('d');
    private AccountPageTestContext _context = default!;
    private string _evidenceCid = default!;
    private string _counterCid = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        await _context.NewAccountAsync("admin@example.com");
        _context.SignInAs(await _context.NewAccountAsync("moderator@example.com"), RegistryRoles.Moderator);
        var documents = _context.Get<EvidenceDocuments>();
        _evidenceCid = (await documents.StoreAsync(EvidenceKind.Evidence, null, 7, "Work #7 is my poem <b>word for word</b>.", [], Claimant, CancellationToken.None)).Cid!;
        _counterCid = (await documents.StoreAsync(EvidenceKind.CounterStatement, 4, 7, "Mine came first.", [], Owner, CancellationToken.None)).Cid!;
        var disputed = Work(7, "Harbour at dawn", Owner, Fingerprint);
        var copied = Work(2, "港口的黎明", Claimant, Fingerprint ^ 0b1011);
        var dispute = DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold, claim: DisputeClaim.Copies, copiedWorkId: 2);
        (dispute.EvidenceCid, dispute.CounterStatementCid) = (_evidenceCid, _counterCid);
        await LicensingRows.AddAsync(Factory, disputed, copied, dispute,
            DisputeRows.Step(4, 7, WorkEventKind.DisputeOpened, 10, from: Claimant, documentCid: _evidenceCid),
            DisputeRows.Step(4, 7, WorkEventKind.DisputeResponded, 11, from: Owner, documentCid: _counterCid),
            ReadModelDatabase.Work(8, "Lighthouse", Owner),
            DisputeRows.Dispute(5, 8, Claimant, LicensingRows.Sold, DisputeStatus.Closed, ruling: DisputeRuling.Flagged),
            new ModerationDecision
            {
                DisputeId = 5, UserId = "someone", Moderator = OtherModerator, Ruling = DisputeRuling.Flagged, ReasonCid = _evidenceCid,
                TransactionHash = "0x" + new string('9', 64), DecidedAt = LicensingRows.Sold.AddDays(1),
            });
    }

    [Fact]
    public void View_OfACopyClaim_ShowsBothWorksSideBySide_WithFingerprintsAndTheirSimilarity()
    {
        var view = Render(4);

        var disputed = view.Find("[data-testid=moderation-work]");
        var copied = view.Find("[data-testid=moderation-copied-work]");
        Assert.Equal(("7", "#7 Harbour at dawn"), (disputed.GetAttribute("data-work-id"), disputed.QuerySelector("[data-testid=preview-work]")!.TextContent));
        Assert.Equal(("2", "#2 港口的黎明"), (copied.GetAttribute("data-work-id"), copied.QuerySelector("[data-testid=preview-work]")!.TextContent));
        Assert.Equal("0123456789abcdef (Text)", disputed.QuerySelector("[data-testid=preview-fingerprint]")!.TextContent.Trim());
        Assert.Equal("0123456789abcde4 (Text)", copied.QuerySelector("[data-testid=preview-fingerprint]")!.TextContent.Trim());
        var similarity = view.Find("[data-testid=similarity]");
        Assert.Equal("3", similarity.GetAttribute("data-distance"));
        Assert.Equal("95% alike (3 of 64 bits differ)", similarity.QuerySelector(".mud-alert-message")!.TextContent.Trim());
        Assert.Equal("Says it copies work #2 · By " + Claimant, view.Find("[data-testid=moderation-claim]").TextContent.Trim());
    }

    [Fact]
    public void View_ShowsTheEvidenceAndCounterStatementAsText_AndTheRulingFormWhileOpen()
    {
        var view = Render(4);

        Assert.Equal("Work #7 is my poem <b>word for word</b>.", view.Find("[data-testid=dispute-evidence] [data-testid=document-statement]").TextContent);
        Assert.Empty(view.FindAll("[data-testid=dispute-evidence] b"));
        Assert.Equal("Mine came first.", view.Find("[data-testid=dispute-counter-statement] [data-testid=document-statement]").TextContent);
        Assert.Equal("false", view.Find("[data-testid=ruling-form]").GetAttribute("data-appeal"));
    }

    [Fact]
    public async Task RulingForm_OffersToRevokeTheWorksLicencesValidNow_NotRevokedOrExpiredOnesOrOtherWorks()
    {
        var offer = LicensingRows.Offer(1, 7, Owner);
        var otherWorksOffer = LicensingRows.Offer(2, 8, Owner);
        await LicensingRows.AddAsync(Factory, offer, otherWorksOffer,
            LicensingRows.Licence(21, offer, LicensingRows.Address('e'), validUntil: null),
            LicensingRows.Licence(22, offer, LicensingRows.Address('f'), validUntil: null, revoked: true),
            LicensingRows.Licence(23, offer, LicensingRows.Address('f'), validUntil: DateTimeOffset.UtcNow.AddDays(-1)),
            LicensingRows.Licence(24, offer, LicensingRows.Address('f'), validUntil: DateTimeOffset.UtcNow.AddDays(30)),
            LicensingRows.Licence(25, otherWorksOffer, LicensingRows.Address('e'), validUntil: null));
        var view = Render(4);

        view.Find("input[data-testid=ruling-outcome-reassigned]").Click();

        // The radio group hands the choice to the form asynchronously; on a loaded machine the list follows a moment later.
        view.WaitForAssertion(() =>
            Assert.Equal(["21", "24"], view.FindAll("[data-testid=revoke-licence]").Select(l => l.GetAttribute("data-licence-id"))),
            ComponentWaits.Rendered);
    }

    [Fact]
    public void View_OfAClosedDispute_HasNoRulingForm_AndShowsTheAuditedDecision()
    {
        var view = Render(5);

        Assert.Empty(view.FindAll("[data-testid=ruling-form], [data-testid=moderation-copied-work], [data-testid=similarity], [data-testid=similarity-unknown]"));
        var decision = view.Find("[data-testid=moderation-decision]");
        Assert.Contains("Ruling: Upheld – Flagged", decision.TextContent);
        Assert.Contains(OtherModerator, decision.TextContent);
        Assert.Contains("0x" + new string('9', 64), decision.TextContent);
    }

    [Fact]
    public void View_OfADisputeNotIndexed_SaysSo()
    {
        var view = Render(99);

        Assert.Equal("There is no dispute #99 (yet). A dispute opened a moment ago appears within seconds.", view.Find("[data-testid=dispute-not-found]").TextContent);
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    private IRenderedComponent<ModerationView> Render(long disputeId)
    {
        var view = _context.Bunit.Render<ModerationView>(p => p.Add(v => v.Id, disputeId));
        view.WaitForElement("[data-testid=moderation-claim], [data-testid=dispute-not-found]", ComponentWaits.Rendered);
        return view;
    }

    private static Work Work(long id, string title, string owner, long fingerprint)
    {
        var work = ReadModelDatabase.Work(id, title, owner: owner);
        (work.Fingerprint, work.FingerprintKind) = (fingerprint, FingerprintKind.Text);
        return work;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
