using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Works;

namespace Registry.Tests.Web.Components.Disputes;

/// <summary>The work page's dispute parts: the banner, the claims in the timeline, and Report this work (no chain).</summary>
public sealed class WorkPageDisputesTests : IAsyncLifetime
{
    private static readonly string Claimant = LicensingRows.Address('b');
    private static readonly string Moderator = LicensingRows.Address('c');
    private AccountPageTestContext _context = default!;
    private AccountSummary _owner = default!;
    private AccountSummary _visitor = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _owner = await _context.NewAccountAsync("owner@example.com");
        _visitor = await _context.NewAccountAsync("reader@example.com");
        await LicensingRows.AddAsync(_context.Get<IDbContextFactory<RegistryDbContext>>(),
            ReadModelDatabase.Work(7, "Harbour at dawn", owner: _owner.Address.ToLowerInvariant()),
            DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold, DisputeStatus.Ruled, DisputeClaim.Copies, 2, DisputeRuling.Frozen),
            DisputeRows.Dispute(5, 7, LicensingRows.Address('d'), LicensingRows.Sold.AddDays(2), claim: DisputeClaim.Unlawful),
            DisputeRows.Step(4, 7, WorkEventKind.DisputeOpened, 10, from: Claimant, documentCid: DisputeRows.EvidenceCid),
            DisputeRows.Step(4, 7, WorkEventKind.DisputeRuled, 11, from: Moderator, documentCid: DisputeRows.EvidenceCid, ruling: DisputeRuling.Frozen),
            DisputeRows.Step(5, 7, WorkEventKind.DisputeOpened, 12, from: LicensingRows.Address('d'), documentCid: DisputeRows.EvidenceCid));
    }

    [Fact]
    public void WorkPage_WithAnOpenClaimAndAFreezeInForce_ShowsBothBanners_AndEachClaimInTheTimeline()
    {
        var page = Render();

        Assert.Equal("Disputed: 1 open claim against this work awaits a moderator.", page.Find("[data-testid=dispute-banner-open] [data-testid=dispute-banner-text]").TextContent);
        Assert.Equal("/disputes/5", page.Find("[data-testid=dispute-banner-open] [data-testid=dispute-banner-link]").GetAttribute("href"));
        Assert.Equal("Frozen", page.Find("[data-testid=dispute-banner-ruling]").GetAttribute("data-ruling"));
        Assert.Equal("/disputes/4", page.Find("[data-testid=dispute-banner-ruling] [data-testid=dispute-banner-link]").GetAttribute("href"));
        Assert.Equal(["Says it copies work #2", "Says it breaks the law or platform rules"],
            page.FindAll("[data-testid=timeline-claim]").Select(c => c.TextContent.TrimStart(' ', '·')));
        Assert.Equal("Upheld – Frozen", page.Find("[data-testid=timeline-ruling]").TextContent);
    }

    [Fact]
    public void ReportThisWork_IsOfferedToASignedInAccountThatDoesNotOwnTheWork_Only()
    {
        _context.SignInAs(_visitor);
        Render().WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered);

        _context.SignInAs(_owner);
        var ownersView = Render();
        ownersView.WaitForElement("[data-testid=transfer]", ComponentWaits.Rendered); // the owner's own parts have read the account
        Assert.Empty(ownersView.FindAll("[data-testid=report-work]"));

        _context.SignOut();
        Assert.Empty(Render().FindAll("[data-testid=report-work]"));
    }

    [Fact]
    public void ReportForm_WithMoreThanFiveFiles_SaysSoWithTheServicesWords_AndCannotBeSent()
    {
        _context.SignInAs(_visitor);
        var page = Render();
        page.WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered).Click();

        page.FindComponent<InputFile>().UploadFiles([.. Enumerable.Range(1, 6).Select(i => InputFileContent.CreateFromText($"page {i}", $"page-{i}.txt"))]);

        page.WaitForAssertion(() => Assert.Equal("At most 5 files may be attached; these are 6.", page.Find("[data-testid=report-files-problem]").TextContent), ComponentWaits.Rendered);
        Assert.Equal(6, page.FindAll("[data-testid=report-file]").Count);
        Assert.True(page.Find("[data-testid=report-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void ReportForm_WithAFileOverTenMebibytes_NamesItAndItsSize()
    {
        _context.SignInAs(_visitor);
        var page = Render();
        page.WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered).Click();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[10 * 1024 * 1024 + 1], "scan.pdf", contentType: "application/pdf"));

        page.WaitForAssertion(() => Assert.Equal("'scan.pdf' is 10.1 MiB; each file may be at most 10 MiB.", page.Find("[data-testid=report-files-problem]").TextContent), ComponentWaits.Rendered);
        page.Find("[data-testid=report-file-remove]").Click();
        Assert.Empty(page.FindAll("[data-testid=report-files-problem], [data-testid=report-file]"));
    }

    [Fact]
    public void ReportForm_WhenTheChainCannotBeReached_SaysSo_AndCannotBeSent()
    {
        _context.SignInAs(_visitor);
        var page = Render();

        page.WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered).Click();

        page.WaitForAssertion(() => Assert.StartsWith("The chain is unavailable.", page.Find("[data-testid=report-problem]").TextContent), ComponentWaits.Rendered);
        Assert.True(page.Find("[data-testid=report-submit]").HasAttribute("disabled"));
        Assert.Equal(["authorship", "copies", "unlawful"],
            page.FindAll("[data-testid=report-claim] input[type=radio]").Select(r => r.GetAttribute("data-testid")!["report-claim-".Length..]));
    }

    [Fact]
    public void ReportForm_AsksForTheCopiedWorksNumber_OnlyForACopyClaim()
    {
        _context.SignInAs(_visitor);
        var page = Render();
        page.WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered).Click();
        Assert.Empty(page.FindAll("[data-testid=report-copied-work]"));

        page.Find("input[data-testid=report-claim-copies]").Click();

        Assert.Single(page.FindAll("input[data-testid=report-copied-work], [data-testid=report-copied-work] input"));
    }

    private IRenderedComponent<WorkPage> Render()
    {
        var page = _context.Bunit.Render<WorkPage>(p => p.Add(w => w.Id, 7));
        page.WaitForElement("[data-testid=timeline]", ComponentWaits.Rendered);
        return page;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
