using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Disputes;

namespace Registry.Tests.Web.Components.Disputes;

/// <summary>The dispute page over read-model rows as the indexer writes them and documents on the content store (no chain).</summary>
public sealed class DisputePageTests : IAsyncLifetime
{
    private const string Script = "<script>alert('pwned')</script>";
    private static readonly string Moderator = LicensingRows.Address('c');
    private AccountPageTestContext _context = default!;
    private AccountSummary _owner = default!;
    private AccountSummary _claimant = default!;
    private string _evidenceCid = default!;
    private string _fileCid = default!;
    private string _counterCid = default!;
    private string _reasonCid = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _owner = await _context.NewAccountAsync("owner@example.com");
        _claimant = await _context.NewAccountAsync("claimant@example.com");
        var documents = _context.Get<EvidenceDocuments>();
        var evidence = await documents.StoreAsync(EvidenceKind.Evidence, null, 7, $"I drew it first. {Script}",
            [new EvidenceFile("sketch.txt", "text/plain", new MemoryStream(Encoding.UTF8.GetBytes("my first sketch")))], _claimant.Address, CancellationToken.None);
        var counter = await documents.StoreAsync(EvidenceKind.CounterStatement, 4, 7, "It is my own photograph.", [], _owner.Address, CancellationToken.None);
        var reason = await documents.StoreAsync(EvidenceKind.Reason, 4, 7, "The sketch predates the registration.", [], Moderator, CancellationToken.None);
        (_evidenceCid, _counterCid, _reasonCid) = (evidence.Cid!, counter.Cid!, reason.Cid!);
        _fileCid = evidence.Document!.Files.Single().Cid;
        await LicensingRows.AddAsync(Factory, ReadModelDatabase.Work(7, "Harbour at dawn", owner: _owner.Address.ToLowerInvariant()));
    }

    [Fact]
    public async Task Page_ShowsTheClaimPartiesAndEveryStepWithItsDocumentAndFiles()
    {
        await AddRuledDisputeAsync();

        var page = Render();

        Assert.Equal("Ruled", page.Find("[data-testid=dispute-status]").TextContent);
        Assert.Equal("Upheld – Frozen", page.Find("[data-testid=dispute-ruling]").TextContent);
        Assert.Equal("Claims to be the author", page.Find("[data-testid=dispute-claim]").TextContent.Trim());
        Assert.Equal(Claimant, page.Find("[data-testid=dispute-claimant]").TextContent);
        Assert.Equal(OwnerAddress, page.Find("[data-testid=dispute-owner]").TextContent);
        Assert.Equal(["DisputeOpened", "DisputeResponded", "DisputeRuled"], page.FindAll("[data-testid=dispute-step]").Select(s => s.GetAttribute("data-kind")));
        Assert.Equal($"I drew it first. {Script}", page.Find("[data-testid=dispute-evidence] [data-testid=document-statement]").TextContent);
        var file = page.Find("[data-testid=dispute-evidence] [data-testid=document-file]");
        Assert.Equal(("sketch.txt", $"/api/disputes/4/documents/{_fileCid}"), (file.TextContent, file.GetAttribute("href")));
        Assert.Equal($"/api/disputes/4/documents/{_evidenceCid}", page.Find("[data-testid=dispute-evidence] [data-testid=document-link]").GetAttribute("href"));
        Assert.Equal("It is my own photograph.", page.Find("[data-testid=dispute-counter-statement] [data-testid=document-statement]").TextContent);
        Assert.Equal("The sketch predates the registration.", page.Find("[data-testid=dispute-reason] [data-testid=document-statement]").TextContent);
    }

    [Fact]
    public async Task Statement_WithScript_IsShownAsText_AndNoScriptElementIsMade()
    {
        await AddRuledDisputeAsync();

        var page = Render();

        Assert.Contains(Script, page.Find("[data-testid=dispute-evidence] [data-testid=document-statement]").TextContent);
        Assert.Empty(page.FindAll("script"));
        Assert.Contains("&lt;script&gt;alert('pwned')&lt;/script&gt;", page.Markup);
    }

    [Fact]
    public async Task OpenDispute_ForItsWorksOwner_OffersTheCounterStatementForm_AndNotToTheClaimant()
    {
        await AddOpenDisputeAsync();

        _context.SignInAs(_owner);
        Assert.Single(RenderSignedIn().FindAll("[data-testid=respond-form]"));

        _context.SignInAs(_claimant);
        var claimantsView = RenderSignedIn();
        Assert.Empty(claimantsView.FindAll("[data-testid=respond-form], [data-testid=appeal-form], [data-testid=settle]"));
    }

    [Fact]
    public async Task RuledDispute_ForEitherParty_OffersTheAppeal_AndNothingToAVisitor()
    {
        await AddRuledDisputeAsync();

        _context.SignInAs(_claimant);
        var claimantsView = RenderSignedIn();
        Assert.Single(claimantsView.FindAll("[data-testid=appeal-form]"));
        Assert.Empty(claimantsView.FindAll("[data-testid=respond-form]"));
        Assert.Equal("A ruling can be appealed once; another moderator decides the appeal.", claimantsView.Find("[data-testid=appeal-window]").TextContent.Trim());
        _context.SignInAs(_owner);
        Assert.Single(RenderSignedIn().FindAll("[data-testid=appeal-form]"));

        _context.SignOut();
        Assert.Empty(Render().FindAll("[data-testid=dispute-actions]"));
    }

    [Fact]
    public void Page_OfADisputeNotIndexed_SaysSo()
    {
        var page = Render();

        Assert.Equal("There is no dispute #4 (yet). A dispute opened a moment ago appears within seconds.", page.Find("[data-testid=dispute-not-found]").TextContent);
    }

    private string Claimant => _claimant.Address.ToLowerInvariant();

    private string OwnerAddress => _owner.Address.ToLowerInvariant();

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    /// <summary>The page once it has read the dispute (or found there is none).</summary>
    private IRenderedComponent<DisputePage> Render()
    {
        var page = _context.Bunit.Render<DisputePage>(p => p.Add(d => d.Id, 4));
        page.WaitForElement("[data-testid=dispute-facts], [data-testid=dispute-not-found]", ComponentWaits.Rendered);
        return page;
    }

    /// <summary>The page once the signed-in account's actions are known too.</summary>
    private IRenderedComponent<DisputePage> RenderSignedIn()
    {
        var page = Render();
        page.WaitForElement("[data-testid=dispute-actions]", ComponentWaits.Rendered);
        return page;
    }

    private async Task AddOpenDisputeAsync()
    {
        var dispute = DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold);
        dispute.EvidenceCid = _evidenceCid;
        await LicensingRows.AddAsync(Factory, dispute, DisputeRows.Step(4, 7, WorkEventKind.DisputeOpened, 10, from: Claimant, documentCid: _evidenceCid));
    }

    private async Task AddRuledDisputeAsync()
    {
        var dispute = DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold, DisputeStatus.Ruled, ruling: DisputeRuling.Frozen);
        (dispute.EvidenceCid, dispute.CounterStatementCid, dispute.ReasonCid, dispute.Moderator) = (_evidenceCid, _counterCid, _reasonCid, Moderator);
        await LicensingRows.AddAsync(Factory, dispute,
            DisputeRows.Step(4, 7, WorkEventKind.DisputeOpened, 10, from: Claimant, documentCid: _evidenceCid),
            DisputeRows.Step(4, 7, WorkEventKind.DisputeResponded, 11, from: OwnerAddress, documentCid: _counterCid),
            DisputeRows.Step(4, 7, WorkEventKind.DisputeRuled, 12, from: Moderator, documentCid: _reasonCid, ruling: DisputeRuling.Frozen));
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
