using Registry.Core.Licensing;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;
using static Registry.Tests.Infrastructure.LicensingRows;

namespace Registry.Tests.Core.Licensing;

/// <summary>Offers, licences and validity read from seeded rows of a real SQLite read model.</summary>
public sealed class LicenceCatalogTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Seller = Address('a');
    private static readonly string Holder = Address('b');
    private static readonly string Stranger = Address('c');

    private readonly ManualClock _clock = new();
    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync()
    {
        _db = await ReadModelDatabase.CreateAsync();
        await _db.AddAsync(ReadModelDatabase.Work(7, "Harbour at dawn", owner: Seller), ReadModelDatabase.Work(8, "Tea fields 茶园", owner: Seller));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private LicenceCatalog Catalog => new(_db.Factory, _clock);

    [Fact]
    public async Task Check_WhenLicenceRunsUntilADate_SaysValidUntilThatDay()
    {
        var offer = Offer(1, 7, Seller);
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, new DateTimeOffset(2027, 11, 25, 10, 0, 0, TimeSpan.Zero)));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((true, 12L, "Valid until 2027-11-25 (licence #12)."), (check.Valid, check.Licence?.LicenceId, check.Reason));
    }

    [Fact]
    public async Task Check_WhenLicenceIsPerpetual_SaysPerpetual()
    {
        var offer = Offer(1, 7, Seller, durationDays: 0);
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, validUntil: null));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((true, 12L, "Perpetual licence #12."), (check.Valid, check.Licence?.LicenceId, check.Reason));
    }

    [Fact]
    public async Task Check_WhenLicenceExpired_SaysWhen()
    {
        var offer = Offer(1, 7, Seller);
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero)));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((false, 12L, "Licence #12 expired on 2026-01-02."), (check.Valid, check.Licence?.LicenceId, check.Reason));
    }

    [Fact]
    public async Task Check_AtTheFirstSecondNoLongerValid_IsExpired()
    {
        var offer = Offer(1, 7, Seller);
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, Now));

        var atEnd = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);
        var secondBefore = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now.AddSeconds(-1));

        Assert.Equal((false, "Licence #12 expired on 2026-06-15."), (atEnd.Valid, atEnd.Reason));
        Assert.True(secondBefore.Valid);
    }

    [Fact]
    public async Task Check_WhenLicenceWasRevoked_SaysSo()
    {
        var offer = Offer(1, 7, Seller, durationDays: 0);
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, validUntil: null, revoked: true));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((false, 12L, "Licence #12 was revoked."), (check.Valid, check.Licence?.LicenceId, check.Reason));
    }

    [Fact]
    public async Task Check_WhenNoneHeld_NamesWorkUsageAndTheAddressInLowerCase()
    {
        var check = await Catalog.CheckAsync("0x" + new string('B', 40), 7, LicenceUsage.Commercial, Now);

        Assert.Equal((false, (Licence?)null), (check.Valid, check.Licence));
        Assert.Equal($"No licence for work #7 and usage Commercial is held by {Holder}.", check.Reason);
    }

    [Fact]
    public async Task Check_OnlyExactlyThatWorkUsageAndHolderCount()
    {
        var personal = Offer(1, 7, Seller, usage: LicenceUsage.Personal);
        var otherWork = Offer(2, 8, Seller);
        var commercial = Offer(3, 7, Seller);
        await AddAsync(_db.Factory, personal, otherWork, commercial,
            Licence(10, personal, Holder, validUntil: null),
            Licence(11, otherWork, Holder, validUntil: null),
            Licence(12, commercial, Stranger, validUntil: null, buyer: Holder));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.False(check.Valid);
        Assert.StartsWith("No licence for work #7 and usage Commercial", check.Reason);
    }

    [Fact]
    public async Task Check_WhenSeveralHeld_AnswersFromThePerpetualOneOverDatedOnes()
    {
        var dated = Offer(1, 7, Seller);
        var perpetual = Offer(2, 7, Seller, durationDays: 0);
        await AddAsync(_db.Factory, dated, perpetual,
            Licence(10, dated, Holder, Now.AddDays(-3)),
            Licence(11, dated, Holder, Now.AddDays(300)),
            Licence(12, perpetual, Holder, validUntil: null),
            Licence(13, dated, Holder, Now.AddDays(30)));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((true, 12L), (check.Valid, check.Licence?.LicenceId));
    }

    [Fact]
    public async Task Check_WhenSeveralDatedHeld_AnswersFromTheOneValidLongest()
    {
        var dated = Offer(1, 7, Seller);
        await AddAsync(_db.Factory, dated,
            Licence(11, dated, Holder, new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)),
            Licence(12, dated, Holder, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)),
            Licence(13, dated, Holder, validUntil: null, revoked: true));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((true, "Valid until 2027-03-01 (licence #11)."), (check.Valid, check.Reason));
    }

    [Fact]
    public async Task Check_WhenNoneValid_ExplainsByTheLatestLicence()
    {
        var dated = Offer(1, 7, Seller);
        await AddAsync(_db.Factory, dated,
            Licence(11, dated, Holder, Now.AddDays(-100)),
            Licence(12, dated, Holder, Now.AddDays(50), revoked: true));

        var check = await Catalog.CheckAsync(Holder, 7, LicenceUsage.Commercial, Now);

        Assert.Equal((false, "Licence #12 was revoked."), (check.Valid, check.Reason));
    }

    [Fact]
    public async Task GetOffers_SaysRemainingSupplyOrNoCap()
    {
        await AddAsync(_db.Factory, Offer(1, 7, Seller, maxSupply: 10, sold: 3), Offer(2, 7, Seller), Offer(3, 7, Seller, maxSupply: 2, sold: 2), Offer(4, 8, Seller));

        var offers = await Catalog.GetOffersAsync(7);

        Assert.Equal([1L, 2L, 3L], offers.Select(o => o.Offer.OfferId));
        Assert.Equal([7, null, 0], offers.Select(o => o.Remaining));
        Assert.Equal([OfferAvailability.Available, OfferAvailability.Available, OfferAvailability.SoldOut], offers.Select(o => o.Availability));
    }

    [Fact]
    public async Task GetOffers_WhenExclusiveLicenceIsLive_SaysTakenUntilItExpires()
    {
        // Block times are whole seconds.
        var until = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().AddDays(20).ToUnixTimeSeconds());
        var taken = Offer(1, 7, Seller, exclusive: true);
        var takenForGood = Offer(2, 7, Seller, exclusive: true, durationDays: 0);
        var free = Offer(3, 7, Seller, exclusive: true);
        await AddAsync(_db.Factory, taken, takenForGood, free,
            Licence(10, taken, Holder, _clock.GetUtcNow().AddDays(-345)),
            Licence(11, taken, Holder, until),
            Licence(12, takenForGood, Holder, validUntil: null),
            Licence(13, free, Holder, _clock.GetUtcNow().AddDays(-1)),
            Licence(14, free, Holder, validUntil: null, revoked: true));

        var offers = await Catalog.GetOffersAsync(7);

        Assert.Equal((OfferAvailability.Taken, 11L, until), (offers[0].Availability, offers[0].TakenBy, offers[0].TakenUntil!.Value));
        Assert.Equal((OfferAvailability.Taken, 12L, (DateTimeOffset?)null), (offers[1].Availability, offers[1].TakenBy, offers[1].TakenUntil));
        Assert.Equal((OfferAvailability.Available, false), (offers[2].Availability, offers[2].IsTaken));
    }

    [Fact]
    public async Task GetOffers_WhenExclusiveLicenceExpiresLater_IsAvailableAgainOnTheClock()
    {
        var offer = Offer(1, 7, Seller, exclusive: true);
        await AddAsync(_db.Factory, offer, Licence(10, offer, Holder, _clock.GetUtcNow().AddDays(2)));
        var before = (await Catalog.GetOffersAsync(7)).Single().Availability;

        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(OfferAvailability.Taken, before);
        Assert.Equal(OfferAvailability.Available, (await Catalog.GetOffersAsync(7)).Single().Availability);
    }

    [Fact]
    public async Task GetOffers_SaysWhyAnOfferCannotBeBought()
    {
        await AddAsync(_db.Factory,
            Offer(1, 7, Seller, status: OfferStatus.Paused),
            Offer(2, 7, Seller, status: OfferStatus.Withdrawn, maxSupply: 1, sold: 1),
            Offer(3, 7, Stranger));

        var offers = await Catalog.GetOffersAsync(7);

        Assert.Equal([OfferAvailability.Paused, OfferAvailability.Withdrawn, OfferAvailability.SellerNoLongerOwner], offers.Select(o => o.Availability));
        Assert.Equal([OfferStatus.Paused, OfferStatus.Withdrawn, OfferStatus.Active], offers.Select(o => o.Offer.Status));
    }

    [Fact]
    public async Task GetOffers_FollowsTheLatestFreezeOfTheWorksSales()
    {
        await AddAsync(_db.Factory, Offer(1, 7, Seller), Offer(2, 8, Seller),
            SalesEvent(7, WorkEventKind.SalesFrozen, block: 5), SalesEvent(8, WorkEventKind.SalesFrozen, block: 5), SalesEvent(8, WorkEventKind.SalesUnfrozen, block: 6));

        Assert.Equal(OfferAvailability.SalesFrozen, (await Catalog.GetOffersAsync(7)).Single().Availability);
        Assert.Equal(OfferAvailability.Available, (await Catalog.GetOffersAsync(8)).Single().Availability);
    }

    [Fact]
    public async Task GetOffers_OfAWorkWithoutOffers_IsEmpty()
    {
        Assert.Empty(await Catalog.GetOffersAsync(7));
        Assert.Empty(await Catalog.GetOffersAsync(404));
    }

    [Fact]
    public async Task Get_ReturnsTheLicenceWithItsWorkOfferAndStatusOnTheClock()
    {
        var offer = Offer(3, 8, Seller, territories: "DE,FR");
        await AddAsync(_db.Factory, offer, Licence(12, offer, Holder, _clock.GetUtcNow().AddDays(1)));

        var details = await Catalog.GetAsync(12);
        _clock.Advance(TimeSpan.FromDays(2));
        var later = await Catalog.GetAsync(12);

        Assert.NotNull(details);
        Assert.Equal(("Tea fields 茶园", 3L, "DE,FR", LicenceStatus.Valid), (details.WorkTitle, details.Offer!.OfferId, details.Licence.Territories, details.Status));
        Assert.Equal(LicenceStatus.Expired, later!.Status);
        Assert.Null(await Catalog.GetAsync(13));
    }

    [Fact]
    public async Task GetHeldBy_ListsWhatTheAddressHoldsNewestFirstWithStatus()
    {
        var offer = Offer(1, 7, Seller);
        var other = Offer(2, 8, Seller, usage: LicenceUsage.Editorial, durationDays: 0);
        await AddAsync(_db.Factory, offer, other,
            Licence(10, offer, Holder, _clock.GetUtcNow().AddDays(-1)),
            Licence(11, other, Holder, validUntil: null, buyer: Stranger),
            Licence(12, offer, Holder, _clock.GetUtcNow().AddDays(100), revoked: true),
            Licence(13, offer, Stranger, _clock.GetUtcNow().AddDays(100), buyer: Holder),
            Licence(14, offer, Stranger, _clock.GetUtcNow().AddDays(100)));

        var held = await Catalog.GetHeldByAsync("0x" + new string('B', 40));

        Assert.Equal([12L, 11L, 10L], held.Select(h => h.Licence.LicenceId));
        Assert.Equal([LicenceStatus.Revoked, LicenceStatus.Valid, LicenceStatus.Expired], held.Select(h => h.Status));
        Assert.Equal(["Harbour at dawn", "Tea fields 茶园", "Harbour at dawn"], held.Select(h => h.WorkTitle));
    }

    private static WorkEvent SalesEvent(long workId, WorkEventKind kind, long block) => new()
    {
        WorkId = workId,
        Kind = kind,
        BlockNumber = block,
        BlockHash = "0x" + new string('1', 64),
        TransactionHash = "0x" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        LogIndex = 0,
        Timestamp = Sold,
    };
}
