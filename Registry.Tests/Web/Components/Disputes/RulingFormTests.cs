using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Disputes;

namespace Registry.Tests.Web.Components.Disputes;

public sealed class RulingFormTests : IAsyncLifetime
{
    private static readonly string Owner = LicensingRows.Address('a');
    private static readonly string Claimant = LicensingRows.Address('b');
    private AccountPageTestContext _context = default!;
    private AccountSummary _moderator = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        await _context.NewAccountAsync("admin@example.com"); // the first account is the Admin
        _moderator = await _context.NewAccountAsync("moderator@example.com");
        _context.SignInAs(_moderator, RegistryRoles.Moderator);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Rule_WithoutAWrittenReason_IsRefusedWithTheExactMessage_AndNothingIsSent(string reason)
    {
        var form = Render();
        form.Find("input[data-testid=ruling-outcome-frozen]").Click();
        form.Find("textarea[data-testid=ruling-reason]").Input(reason);

        form.Find("[data-testid=ruling-submit]").Click();

        Assert.Equal("A ruling needs a written reason: say why, in at most 10,000 characters.", form.Find("[data-testid=ruling-problem]").TextContent);
        Assert.Empty(form.FindAll("[data-testid=ruling-done], [data-testid=ruling-progress]"));
        await using var db = await _context.Get<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        Assert.Empty(db.ModerationDecisions);
    }

    [Fact]
    public void Rule_WithoutAnOutcome_AsksForOne()
    {
        var form = Render();
        form.Find("textarea[data-testid=ruling-reason]").Input("The drawings match stroke for stroke.");

        form.Find("[data-testid=ruling-submit]").Click();

        Assert.Equal("Choose an outcome.", form.Find("[data-testid=ruling-problem]").TextContent);
    }

    [Theory]
    [InlineData("dismissed", false)]
    [InlineData("flagged", false)]
    [InlineData("frozen", true)]
    [InlineData("reassigned", true)]
    public void RevokeChoice_IsOfferedOnlyForFrozenAndReassigned(string outcome, bool offered)
    {
        var form = Render(Licences());

        form.Find($"input[data-testid=ruling-outcome-{outcome}]").Click();

        Assert.Equal(offered, form.FindAll("[data-testid=ruling-revoke]").Count == 1);
        Assert.Equal(offered ? ["5", "6"] : [], form.FindAll("[data-testid=revoke-licence]").Select(l => l.GetAttribute("data-licence-id")));
    }

    [Fact]
    public void RevokeChoice_NamesEachLicenceWithItsHolderAndUsage()
    {
        var form = Render(Licences());

        form.Find("input[data-testid=ruling-outcome-frozen]").Click();

        Assert.Equal([$"Licence #5, held by {LicensingRows.Address('d')} (Commercial)", $"Licence #6, held by {LicensingRows.Address('e')} (Commercial)"],
            form.FindAll("[data-testid=revoke-licence]").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void RevokeChoice_WhenTheWorkHasNoValidLicence_SaysSo()
    {
        var form = Render();

        form.Find("input[data-testid=ruling-outcome-reassigned]").Click();

        Assert.Equal("This work has no valid licences to revoke.", form.Find("[data-testid=ruling-no-licences]").TextContent);
    }

    [Fact]
    public void RevokeChoice_IsDroppedWhenTheOutcomeChangesToOneThatCannotRevoke()
    {
        var form = Render(Licences());
        form.Find("input[data-testid=ruling-outcome-frozen]").Click();
        form.Find("[data-licence-id='5'] input[type=checkbox]").Change(true);
        Assert.True(form.Find("[data-licence-id='5'] input[type=checkbox]").HasAttribute("checked"));

        form.Find("input[data-testid=ruling-outcome-flagged]").Click();
        form.Find("input[data-testid=ruling-outcome-frozen]").Click();

        Assert.False(form.Find("[data-licence-id='5'] input[type=checkbox]").HasAttribute("checked"));
    }

    [Fact]
    public async Task Rule_ByAnAccountWhoseModeratorRoleIsOnlyInItsSignIn_IsRefusedByTheService()
    {
        var creator = await _context.NewAccountAsync("creator@example.com");
        _context.SignInAs(creator, RegistryRoles.Moderator);
        var form = Render();
        form.Find("input[data-testid=ruling-outcome-dismissed]").Click();
        form.Find("textarea[data-testid=ruling-reason]").Input("Not enough evidence.");

        form.Find("[data-testid=ruling-submit]").Click();

        form.WaitForAssertion(() => Assert.Equal("Only a moderator can rule on disputes.", form.Find("[data-testid=ruling-problem]").TextContent), ComponentWaits.Rendered);
        Assert.Empty(form.FindAll("[data-testid=ruling-done]"));
    }

    [Fact]
    public void Form_ForAnAppealedDispute_SaysTheFirstModeratorCannotRuleTheAppeal()
    {
        var form = _context.Bunit.Render<RulingForm>(p => p.Add(f => f.Dispute,
            DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold, DisputeStatus.Appealed, ruling: DisputeRuling.Dismissed)));

        Assert.Equal("true", form.Find("[data-testid=ruling-form]").GetAttribute("data-appeal"));
        Assert.Contains("the moderator who made it cannot rule the appeal", form.Markup);
    }

    private static IReadOnlyList<Licence> Licences()
    {
        var offer = LicensingRows.Offer(1, 7, Owner);
        return [LicensingRows.Licence(5, offer, LicensingRows.Address('d'), validUntil: null), LicensingRows.Licence(6, offer, LicensingRows.Address('e'), validUntil: null)];
    }

    private IRenderedComponent<RulingForm> Render(IReadOnlyList<Licence>? licences = null) =>
        _context.Bunit.Render<RulingForm>(p => p
            .Add(f => f.Dispute, DisputeRows.Dispute(4, 7, Claimant, LicensingRows.Sold))
            .Add(f => f.Licences, licences ?? []));

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
