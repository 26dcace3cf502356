using System.Numerics;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Core.Indexing;
using Registry.Tests.Contracts;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Disputes;
using Registry.Web.Components.Pages.Moderation;
using Registry.Web.Components.Pages.Works;

namespace Registry.Tests.Web.Components.Disputes;

/// <summary>
/// The dispute pages against a real chain (fresh registry, licensing and disputes contracts on anvil, no bond, a
/// 7-day appeal window), the indexer run step by step: what a moderator or a party clicks reaches the contract
/// through the services, and the outcome or refusal is shown.
/// </summary>
[Collection("chain")]
public sealed class DisputesOnChainTests(AnvilFixture anvil) : IAsyncLifetime
{
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);
    private AccountPageTestContext _context = default!;
    private AccountSummary _owner = default!;
    private AccountSummary _claimant = default!;
    private AccountSummary _firstModerator = default!;
    private AccountSummary _secondModerator = default!;
    private long _workId;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        var disputes = await anvil.DeployWorkDisputesAsync(registry, licensing, BigInteger.Zero);
        ((SwitchableChain)_context.Get<IChainConnectionProvider>()).Current = new ChainConnection(anvil.RpcUrl, AnvilFixture.ChainId, registry,
            ChainOptions.DevChainSignerKey, 0, WorkLicensingAddress: licensing, WorkDisputesAddress: disputes);
        var admin = await _context.NewAccountAsync("admin@example.com");
        _owner = await FundedAccountAsync("owner@example.com");
        _claimant = await FundedAccountAsync("claimant@example.com");
        _firstModerator = await ModeratorAsync("first-moderator@example.com", admin);
        _secondModerator = await ModeratorAsync("second-moderator@example.com", admin);
        var key = await _context.Get<AccountKeys>().UnlockAsync(_owner.UserId, CancellationToken.None);
        var receipt = await new WorkRegistryService(anvil.CreateWeb3(key), registry)
            .RegisterRequestAndWaitForReceiptAsync(TestWorks.Register($"a disputed work on a page {Guid.NewGuid()}", (_owner.Address, TestWorks.WholeShare)));
        _workId = (long)receipt.DecodeAllEvents<WorkRegisteredEventDTO>().Single().Event.WorkId;
        await IndexAsync();
    }

    [Fact]
    public async Task AppealRuling_ByTheFirstModerator_IsRefusedWithTheServicesWords_AndAnotherModeratorRulesIt()
    {
        var disputeId = await OpenAndRuleAsync();
        var appeal = await _context.Get<DisputeService>().AppealAsync(_owner.UserId, disputeId, new StatementRequest("The photograph is mine.", []), CancellationToken.None);
        Assert.NotNull(appeal.TransactionHash);
        await IndexAsync();

        _context.SignInAs(_firstModerator);
        var refused = await RuleAsync(disputeId, "dismissed", "Still not convinced.");
        refused.WaitForAssertion(() => Assert.Equal($"You made the first ruling on dispute #{disputeId}; its appeal must be decided by another moderator.",
            refused.Find("[data-testid=ruling-problem]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(refused.FindAll("[data-testid=ruling-done]"));

        _context.SignInAs(_secondModerator);
        var ruled = await RuleAsync(disputeId, "dismissed", "The owner's photograph came first.");
        ruled.WaitForElement("[data-testid=ruling-done]", TimeSpan.FromSeconds(30));
        await IndexAsync();
        Assert.Equal(DisputeStatus.Closed, (await _context.Get<DisputeCatalog>().GetAsync(disputeId, CancellationToken.None))!.Dispute.Status);
        ruled.WaitForAssertion(() => Assert.Equal("Closed", ruled.Find("[data-testid=dispute-status]").GetAttribute("data-status")), TimeSpan.FromSeconds(30));
        Assert.Equal(2, ruled.FindAll("[data-testid=moderation-decision]").Count);
    }

    [Fact]
    public async Task RuledDispute_ShowsTheClaimantWhenTheAppealWindowCloses_AndTakesTheAppeal()
    {
        var disputeId = await OpenAndRuleAsync();
        _context.SignInAs(_claimant);

        var page = _context.Bunit.Render<DisputePage>(p => p.Add(d => d.Id, disputeId));

        page.WaitForAssertion(() => Assert.StartsWith("A ruling can be appealed once, until ", page.Find("[data-testid=appeal-window]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Single(page.FindAll("[data-testid=dispute-appeal-until]"));
        page.Find("textarea[data-testid=appeal-statement]").Input("The moderator missed my second file.");
        page.Find("[data-testid=appeal-submit]").Click();
        page.WaitForElement("[data-testid=dispute-action-done]", TimeSpan.FromSeconds(30));
        await IndexAsync();
        page.WaitForAssertion(() => Assert.Equal("Appealed", page.Find("[data-testid=dispute-status]").GetAttribute("data-status")), TimeSpan.FromSeconds(30));
        Assert.Equal("The moderator missed my second file.", page.Find("[data-testid=dispute-appeal] [data-testid=document-statement]").TextContent);
    }

    [Fact]
    public async Task ReportForm_WithAStatementAndAFile_OpensTheDispute_AndLinksToIt()
    {
        _context.SignInAs(_claimant);
        var page = _context.Bunit.Render<WorkPage>(p => p.Add(w => w.Id, _workId));
        page.WaitForElement("[data-testid=report-work]", ComponentWaits.Rendered).Click();
        page.WaitForAssertion(() => Assert.Equal("Opening a dispute takes no bond here; your account pays only the transaction's gas.",
            page.Find("[data-testid=report-bond]").TextContent), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Your account holds 10", page.Find("[data-testid=report-balance]").TextContent);

        page.Find("textarea[data-testid=report-statement]").Input("The raw file of this photograph is on my camera's card.");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("EXIF: 2019-03-12 06:41", "exif.txt"));
        page.WaitForElement("[data-testid=report-file]", ComponentWaits.Rendered);
        page.Find("[data-testid=report-submit]").Click();

        var done = page.WaitForElement("[data-testid=report-done]", TimeSpan.FromSeconds(30));
        var disputeId = long.Parse(done.GetAttribute("data-dispute-id")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/disputes/{disputeId}", page.Find("[data-testid=report-dispute-link]").GetAttribute("href"));
        await IndexAsync();
        var details = (await _context.Get<DisputeCatalog>().GetAsync(disputeId, CancellationToken.None))!;
        var evidence = (await _context.Get<DisputeCatalog>().ReadDocumentAsync(details.Dispute.EvidenceCid, CancellationToken.None))!;
        Assert.Equal(("The raw file of this photograph is on my camera's card.", "exif.txt", 22L), (evidence.Statement, evidence.Files.Single().Name, evidence.Files.Single().Size));
        page.WaitForAssertion(() => Assert.Equal("Disputed: 1 open claim against this work awaits a moderator.",
            page.Find("[data-testid=dispute-banner-open] [data-testid=dispute-banner-text]").TextContent), TimeSpan.FromSeconds(30));
    }

    /// <summary>The claimant opens a dispute and the first moderator flags the work; both indexed. Returns the dispute's id.</summary>
    private async Task<long> OpenAndRuleAsync()
    {
        var opened = await _context.Get<DisputeService>().OpenAsync(_claimant.UserId,
            new DisputeRequest(_workId, DisputeClaim.Authorship, null, "I took this photograph.", []), CancellationToken.None);
        var disputeId = opened.DisputeId ?? throw new InvalidOperationException("Not opened: " + opened.Message);
        var ruled = await _context.Get<ModerationService>().RuleAsync(_firstModerator.UserId, disputeId,
            new RulingRequest(DisputeRuling.Flagged, "The claimant's raw files predate it.", []), CancellationToken.None);
        Assert.Null(ruled.Problem);
        await IndexAsync();
        return disputeId;
    }

    /// <summary>The moderation view of the dispute, its ruling form filled in and sent.</summary>
    private async Task<IRenderedComponent<ModerationView>> RuleAsync(long disputeId, string outcome, string reason)
    {
        var view = _context.Bunit.Render<ModerationView>(p => p.Add(v => v.Id, disputeId));
        view.WaitForElement("[data-testid=ruling-form][data-appeal=true]", TimeSpan.FromSeconds(10));
        view.Find($"input[data-testid=ruling-outcome-{outcome}]").Click();
        view.Find("textarea[data-testid=ruling-reason]").Input(reason);
        await view.Find("[data-testid=ruling-submit]").ClickAsync(new());
        return view;
    }

    private async Task<AccountSummary> FundedAccountAsync(string email)
    {
        var account = await _context.NewAccountAsync(email);
        await anvil.RpcAsync<object>("anvil_setBalance", account.Address, new HexBigInteger(10 * Ether).HexValue);
        return account;
    }

    /// <summary>A funded account that is a Moderator in the app and holds the registry's moderator role on-chain.</summary>
    private async Task<AccountSummary> ModeratorAsync(string email, AccountSummary admin)
    {
        var moderator = await FundedAccountAsync(email);
        await _context.Get<ModeratorGrants>().GrantAsync(admin.UserId, moderator.UserId);
        await _context.Get<WorkRegistryGateway>().GrantModeratorAsync(moderator.Address, CancellationToken.None);
        return (await _context.Get<AccountService>().FindAsync(moderator.UserId))!;
    }

    private Task IndexAsync() => _context.Get<IndexingPass>().RunAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
