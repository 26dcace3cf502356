using System.Text;
using Microsoft.Playwright;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>
/// In real Chromium against the real app, its dev chain (0.01 ETH bond) and its indexer: A registers a work and
/// offers licences; B reports it with a statement and a file; a moderator freezes it with a written reason; B is
/// notified and reads the ruling; the offer no longer sells; the work page shows the banner and every step.
/// </summary>
[Collection("browser")]
public sealed class DisputeJourneyTests(BrowserFixture browser)
{
    private const string Statement = "I wrote this poem in 2019: the attached page of my notebook shows it. <script>alert('x')</script>";
    private const string Reason = "The notebook page predates the registration by years; sales stay frozen.";

    [Fact]
    public async Task OwnerOffers_ClaimantReportsWithEvidence_ModeratorFreezes_ClaimantSeesTheRuling_AndTheOfferNoLongerSells()
    {
        using var files = new TempDirectory();
        var moderator = await ModeratorAsync();

        var owner = await browser.NewPageAsync();
        await owner.SignUpAsync();
        var poem = TestFiles.Write(files, "harbour.txt", Encoding.UTF8.GetBytes($"Harbour at dawn, a disputed poem {Guid.NewGuid():N}. The boats come in."));
        await owner.FillRegistrationAsync("Harbour at dawn (disputed)", poem);
        await owner.GetByTestId("register").ClickAsync();
        var workId = (await owner.GetByTestId("result-work-id").InnerTextAsync(new() { Timeout = 60_000 })).TrimStart('#');
        await owner.GotoAsync($"/works/{workId}");
        await owner.WaitForInteractiveAsync("offer-publish");
        await owner.Field("offer-price-input").FillAsync("0.002");
        await owner.Field("offer-terms-input").FillAsync("Personal reading only.");
        await owner.GetByTestId("offer-publish").ClickAsync();
        await Expect(owner.GetByTestId("offer")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(owner.GetByTestId("report-work")).ToHaveCountAsync(0);

        var claimant = await browser.NewPageAsync();
        await claimant.SignUpAsync();
        await claimant.GotoAsync($"/works/{workId}");
        await Expect(claimant.GetByTestId("buy-licence")).ToBeVisibleAsync();
        await claimant.WaitForInteractiveAsync("report-work");
        await claimant.GetByTestId("report-work").ClickAsync();
        await Expect(claimant.GetByTestId("report-bond")).ToHaveAttributeAsync("data-wei", "10000000000000000");
        await Expect(claimant.GetByTestId("report-bond")).ToContainTextAsync("0.01 ETH");
        await claimant.Field("report-statement").FillAsync(Statement);
        var notebook = TestFiles.Write(files, "notebook.txt", Encoding.UTF8.GetBytes("Notebook, 12 March 2019: Harbour at dawn, first draft."));
        await claimant.Locator("[data-testid=report-files] input[type=file]").SetInputFilesAsync(notebook);
        await Expect(claimant.GetByTestId("report-file")).ToContainTextAsync("notebook.txt");
        await claimant.WaitForInteractiveAsync("report-submit");
        await claimant.GetByTestId("report-submit").ClickAsync();
        var reported = claimant.GetByTestId("report-done");
        await Expect(reported).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var disputeId = await reported.GetAttributeAsync("data-dispute-id");
        await Expect(claimant.GetByTestId("dispute-banner-open")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await moderator.GotoAsync("/moderation");
        var row = moderator.Locator($"[data-testid=dispute-row][data-dispute-id='{disputeId}']");
        await Expect(row).ToBeVisibleAsync();
        // Followed by its address: a click while the queue's circuit is still starting can be lost on a loaded machine.
        var link = row.GetByTestId("dispute-row-link");
        await Expect(link).ToHaveAttributeAsync("href", $"/moderation/{disputeId}");
        await moderator.GotoAsync((await link.GetAttributeAsync("href"))!);
        await Expect(moderator.GetByTestId("dispute-evidence").GetByTestId("document-statement")).ToHaveTextAsync(Statement);
        await Expect(moderator.GetByTestId("dispute-evidence").GetByTestId("document-file")).ToHaveTextAsync("notebook.txt");
        await moderator.WaitForInteractiveAsync("ruling-submit");
        await moderator.GetByTestId("ruling-outcome-frozen").CheckAsync();
        await moderator.GetByTestId("ruling-submit").ClickAsync();
        await Expect(moderator.GetByTestId("ruling-problem")).ToHaveTextAsync("A ruling needs a written reason: say why, in at most 10,000 characters.");
        await moderator.Field("ruling-reason").FillAsync(Reason);
        await moderator.GetByTestId("ruling-submit").ClickAsync();
        await Expect(moderator.GetByTestId("ruling-done")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await ReloadUntilAsync(claimant, "/notifications", claimant.Locator("[data-testid=notification][data-kind=DisputeRuled]"));
        var notified = claimant.Locator("[data-testid=notification][data-kind=DisputeRuled] [data-testid=notification-dispute]");
        await Expect(notified).ToHaveAttributeAsync("href", $"/disputes/{disputeId}");
        await claimant.GotoAsync((await notified.GetAttributeAsync("href"))!);
        await Expect(claimant.GetByTestId("dispute-status")).ToHaveAttributeAsync("data-status", "Ruled");
        await Expect(claimant.GetByTestId("dispute-ruling")).ToHaveTextAsync("Upheld – Frozen");
        await Expect(claimant.GetByTestId("dispute-reason").GetByTestId("document-statement")).ToHaveTextAsync(Reason);
        await Expect(claimant.GetByTestId("dispute-evidence").GetByTestId("document-statement")).ToHaveTextAsync(Statement);
        var evidenceFile = await claimant.GetByTestId("dispute-evidence").GetByTestId("document-file").GetAttributeAsync("href");
        var served = await claimant.APIRequest.GetAsync(evidenceFile!);
        Assert.Equal("Notebook, 12 March 2019: Harbour at dawn, first draft.", await served.TextAsync());

        await claimant.GotoAsync($"/works/{workId}");
        await Expect(claimant.GetByTestId("buy-licence")).ToHaveCountAsync(0);
        await Expect(claimant.GetByTestId("buy-unavailable")).ToHaveTextAsync("Not for sale: a dispute ruling froze this work's licence sales");
        await Expect(claimant.GetByTestId("buy-unavailable")).ToBeDisabledAsync();
        await Expect(claimant.GetByTestId("dispute-banner-ruling")).ToHaveAttributeAsync("data-ruling", "Frozen");
        await Expect(claimant.GetByTestId("dispute-banner-ruling").GetByTestId("dispute-banner-text"))
            .ToHaveTextAsync("Frozen: no new licences. A moderator upheld a claim against this work and froze its licence sales.");
        await Expect(claimant.GetByTestId("dispute-banner-open")).ToHaveCountAsync(0);
        await Expect(claimant.GetByTestId("timeline-event")).ToHaveTextAsync(["Registered", "Offer published", "Dispute opened", "Dispute ruled", "Licence sales frozen"]);
        await Expect(claimant.GetByTestId("timeline-document")).ToHaveTextAsync(["Evidence", "Reason"]);
        await Expect(claimant.GetByTestId("timeline-dispute").First).ToHaveAttributeAsync("href", $"/disputes/{disputeId}");
        await Expect(claimant.GetByTestId("timeline-claim")).ToContainTextAsync("Claims to be the author");
    }

    /// <summary>The indexer makes notifications a moment after the ruling is mined: the page is read again until one shows.</summary>
    private static async Task ReloadUntilAsync(IPage page, string path, ILocator shown)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.GotoAsync(path);
            if (await shown.CountAsync() > 0) return;
            await Task.Delay(1_000);
        }
        await Expect(shown).ToHaveCountAsync(1);
    }

    /// <summary>
    /// A new account that an Admin makes a Moderator (as on the admin page, through the same service), signed in
    /// through the form once its role is in force on the chain too.
    /// </summary>
    private async Task<IPage> ModeratorAsync()
    {
        var app = browser.App;
        // The app makes its first account an Admin: that must be neither of these, when this run has made none yet.
        await TestAccounts.WithTokenAsync(app);
        var (_, admin) = await TestAccounts.WithTokenAsync(app);
        var (email, moderator) = await TestAccounts.WithTokenAsync(app);
        await using (var services = AppAccountServices.For(app))
        {
            await MatrixRoles.GiveAsync(services, MatrixRole.Admin, admin.Token.UserId);
            await MatrixRoles.GiveAsync(services, MatrixRole.Moderator, moderator.Token.UserId, adminUserId: admin.Token.UserId);
        }
        await AppModeratorGrants.WaitAsync(app, moderator.Token.UserId);

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByTestId("signin-email").FillAsync(email);
        await page.GetByTestId("signin-password").FillAsync(TestAccounts.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("nav-moderation")).ToBeVisibleAsync();
        return page;
    }
}
