using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Registry.Core.Licensing;
using Registry.Core.Persistence;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Components.Account;
using Registry.Web.Components.Pages.Works;

namespace Registry.Tests.Web.Components.Works;

public sealed class WorkPageTests : IAsyncLifetime
{
    private static readonly string Seller = LicensingRows.Address('a');
    private static readonly string Buyer = LicensingRows.Address('b');
    private static readonly string Moderator = LicensingRows.Address('c');
    private AccountPageTestContext _context = default!;

    public async Task InitializeAsync()
    {
        _context = await AccountPageTestContext.CreateAsync();
        var offer = LicensingRows.Offer(1, 7, Seller);
        await LicensingRows.AddAsync(_context.Get<IDbContextFactory<RegistryDbContext>>(),
            ReadModelDatabase.Work(7, "Harbour at dawn", owner: Seller), offer, LicensingRows.Licence(5, offer, Buyer, validUntil: null),
            Event(1, WorkEventKind.Registered, to: Seller),
            Event(2, WorkEventKind.OfferCreated, to: Seller, offerId: 1),
            Event(3, WorkEventKind.LicencePurchased, to: Buyer, offerId: 1, licenceId: 5),
            Event(4, WorkEventKind.LicenceRevoked, from: Moderator, offerId: 1, licenceId: 5),
            Event(5, WorkEventKind.SalesFrozen, from: Moderator));
    }

    [Fact]
    public void Timeline_NamesLicensingEvents_WithTheirOfferOrLicence_AndWhoActed()
    {
        var page = _context.Bunit.Render<WorkPage>(p => p.Add(c => c.Id, 7));

        var items = page.FindAll("[data-testid=timeline] .mud-timeline-item");
        Assert.Equal(["Registered", "Offer published", "Licence bought", "Licence revoked", "Licence sales frozen"],
            page.FindAll("[data-testid=timeline-event]").Select(e => e.TextContent));
        Assert.Equal("Offer #1", items[1].QuerySelector("[data-testid=timeline-offer]")!.TextContent);
        Assert.Equal("/licences/5", items[2].QuerySelector("[data-testid=timeline-licence]")!.GetAttribute("href"));
        Assert.Contains(Buyer, items[2].TextContent);
        Assert.Contains($"By {Moderator}", items[3].TextContent);
        Assert.Contains($"By {Moderator}", items[4].TextContent);
        Assert.Single(page.FindAll("[data-testid=offers] [data-testid=offer]"));
    }

    [Fact]
    public void Timeline_InSimplifiedChinese_WordsLicensingEventsInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            var page = _context.Bunit.Render<WorkPage>(p => p.Add(c => c.Id, 7));

            Assert.Equal(["登记", "发布许可报价", "购买许可", "撤销许可", "冻结许可销售"], page.FindAll("[data-testid=timeline-event]").Select(e => e.TextContent));
            Assert.Equal("许可 #5", page.Find("[data-testid=timeline-licence]").TextContent);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static WorkEvent Event(int logIndex, WorkEventKind kind, string? from = null, string? to = null, long? offerId = null, long? licenceId = null) => new()
    {
        WorkId = 7,
        Kind = kind,
        From = from,
        To = to,
        OfferId = offerId,
        LicenceId = licenceId,
        BlockNumber = logIndex,
        BlockHash = "0x" + new string('f', 64),
        TransactionHash = "0x" + logIndex.ToString("x64", CultureInfo.InvariantCulture),
        LogIndex = logIndex,
        Timestamp = LicensingRows.Sold.AddMinutes(logIndex),
    };

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
