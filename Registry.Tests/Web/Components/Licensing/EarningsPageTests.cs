using System.Globalization;
using System.Numerics;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Accounts;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class EarningsPageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly DateOnly FirstDay = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-11);
    private AccountPageTestContext _context = default!;
    private AccountSummary _creator = default!;
    private BunitJSModuleInterop _download = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        _creator = await _context.NewAccountAsync("creator@example.com");
        _context.SignInAs(_creator);
        _download = _context.Bunit.JSInterop.SetupModule("./js/download.js");
        var offer = LicensingRows.Offer(1, 7, _creator.Address);
        var someoneElse = LicensingRows.Address('e');
        await LicensingRows.AddAsync(Factory, ReadModelDatabase.Work(7, "Harbour at dawn", owner: _creator.Address), offer,
            LicensingRows.Payment(1, 1, 7, _creator.Address, "30000000000000000", Now.AddHours(-1)),
            LicensingRows.Payment(2, 1, 7, _creator.Address, "20000000000000000", Start(FirstDay).AddHours(1)),
            LicensingRows.Payment(3, 1, 7, _creator.Address, "70000000000000000", Start(FirstDay).AddDays(-1)),
            LicensingRows.Payment(4, 1, 7, someoneElse, "90000000000000000", Now.AddHours(-1)),
            LicensingRows.Payment(4, 1, 7, _creator.Address, "1000000000000000", Now.AddHours(-1), RoyaltyPaymentKind.PlatformFee));
    }

    [Fact]
    public void Earnings_ByDefault_ReportTheAccountsRoyaltiesOverTheLast12Months()
    {
        var page = _context.Bunit.Render<EarningsPage>();

        Assert.Equal(Day(FirstDay), Input(page, "report-from").GetAttribute("value"));
        Assert.Equal(Day(Today), Input(page, "report-to").GetAttribute("value"));
        Assert.Equal(12, page.FindAll("[data-testid=royalty-chart] path.mud-chart-bar").Count);
        Assert.Equal(2, page.FindAll("[data-testid=royalty-row]").Count);
        Assert.Equal("0.05 ETH", page.Find("[data-testid=royalty-total-amount]").TextContent);
    }

    [Fact]
    public void Earnings_ForAnotherPeriod_ReportThatPeriod()
    {
        var page = _context.Bunit.Render<EarningsPage>();

        Input(page, "report-from").Change(Day(FirstDay.AddDays(-1)));
        Input(page, "report-to").Change(Day(FirstDay));
        page.Find("[data-testid=report-show]").Click();

        Assert.Equal(2, page.FindAll("[data-testid=royalty-chart] path.mud-chart-bar").Count);
        Assert.Equal("0.09 ETH", page.Find("[data-testid=royalty-total-amount]").TextContent);
    }

    [Fact]
    public void Earnings_WhenThePeriodEndsBeforeItStarts_AskForTwoDatesInOrder()
    {
        var page = _context.Bunit.Render<EarningsPage>();

        Input(page, "report-to").Change(Day(FirstDay.AddDays(-1)));
        page.Find("[data-testid=report-show]").Click();

        Assert.Equal("Enter two dates, the second not before the first.", page.Find("[data-testid=report-problem]").TextContent.Trim());
    }

    [Fact]
    public async Task ExportCsv_SavesTheRestEndpointsCsvForTheTablesPeriod_WhoseTotalIsTheTables()
    {
        _download.Setup<int>("save", _ => true).SetResult(200);
        var page = _context.Bunit.Render<EarningsPage>();

        page.Find("[data-testid=export-csv]").Click();

        var save = Assert.Single(_download.Invocations["save"]);
        var to = Today.AddDays(1);
        Assert.Equal([$"/api/royalties?from={Day(FirstDay)}&to={Day(to)}", "text/csv", $"royalties-{Day(FirstDay)}-{Day(to)}.csv"], save.Arguments);
        var csv = CsvRecords.Parse(RoyaltyReports.ToCsv(await _context.Get<RoyaltyReports>().GetAsync(_creator.Address, FirstDay, to)));
        var total = csv[^1];
        Assert.Equal("TOTAL", total[0]);
        Assert.Equal(page.Find("[data-testid=royalty-total-amount]").GetAttribute("data-wei"), total[6]);
        Assert.Empty(page.FindAll("[data-testid=report-problem]"));
    }

    [Fact]
    public void ExportCsv_WhenTheEndpointRefuses_SaysSo()
    {
        _download.Setup<int>("save", _ => true).SetResult(503);
        var page = _context.Bunit.Render<EarningsPage>();

        page.Find("[data-testid=export-csv]").Click();

        Assert.Equal("The CSV export failed (HTTP 503); try again in a moment.", page.Find("[data-testid=report-problem]").TextContent.Trim());
    }

    [Fact]
    public void Withdrawable_WhenTheChainCannotBeReached_SaysUnavailable_AndWithdrawWaits()
    {
        var page = _context.Bunit.Render<EarningsPage>();

        page.WaitForAssertion(() => Assert.Equal("Unavailable: the chain cannot be reached.", page.Find("[data-testid=withdrawable]").TextContent), TimeSpan.FromSeconds(10));
        Assert.True(page.Find("[data-testid=withdraw]").HasAttribute("disabled"));
    }

    private IDbContextFactory<RegistryDbContext> Factory => _context.Get<IDbContextFactory<RegistryDbContext>>();

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<EarningsPage> page, string testId) => page.Find($"input[data-testid={testId}]");

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
