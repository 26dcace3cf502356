using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PdfSharp.Pdf.IO;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using static Registry.Tests.Infrastructure.LicensingRows;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The licensing read endpoints of the real app over HTTP, on offers and licences seeded into its read model for the
/// work a seller registered on its chain.
/// </summary>
[Collection("browser")]
public sealed class LicencesApiTests(BrowserFixture fixture)
{
    private const string SignInRequired = "Sign in, or send an API token as 'Authorization: Bearer <token>', to do this.";
    private const string AnAddress = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    [Fact]
    public async Task GetOffers_ListsPriceSupplyAndWhetherEachCanBeBoughtNow()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var capped = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address, maxSupply: 5, sold: 2, territories: "DE,FR");
        var exclusive = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address, exclusive: true, usage: LicenceUsage.Broadcast);
        var until = Seconds(DateTimeOffset.UtcNow.AddDays(30));
        var live = Licence(AppReadModel.NextId(), exclusive, people.Holder.Address, until);
        await AppReadModel.AddAsync(fixture.App, capped, exclusive, live);
        using var api = people.Anonymous();

        var offers = (await api.Http.GetFromJsonAsync<JsonElement>($"/api/works/{people.WorkId}/offers")).GetProperty("items").EnumerateArray().ToList();

        var first = offers.Single(o => o.GetProperty("offerId").GetInt64() == capped.OfferId);
        Assert.Equal(("50000000000000000", "0.05 ETH", "commercial", "active", "available"),
            (Text(first, "priceWei"), Text(first, "price"), Text(first, "usage"), Text(first, "status"), Text(first, "availability")));
        Assert.Equal((5, 2, 3, 365), (first.GetProperty("maxSupply").GetInt32(), first.GetProperty("sold").GetInt32(), first.GetProperty("remaining").GetInt32(), first.GetProperty("durationDays").GetInt32()));
        Assert.Equal(["DE", "FR"], first.GetProperty("territories").EnumerateArray().Select(t => t.GetString()));
        var taken = offers.Single(o => o.GetProperty("offerId").GetInt64() == exclusive.OfferId);
        Assert.Equal(("taken", live.LicenceId, until), (Text(taken, "availability"), taken.GetProperty("takenBy").GetInt64(), taken.GetProperty("takenUntil").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, taken.GetProperty("remaining").ValueKind);
    }

    [Fact]
    public async Task GetOffers_OfAnUnknownWork_Is404()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync("/api/works/987654321/offers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no work #987654321.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task GetLicence_IsPublicWithItsFactsValidityAndReason()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var until = Seconds(DateTimeOffset.UtcNow.AddDays(40));
        var valid = Licence(AppReadModel.NextId(), offer, people.Holder.Address, until);
        var expired = Licence(AppReadModel.NextId(), offer, people.Holder.Address, Seconds(DateTimeOffset.UtcNow.AddDays(-3)));
        await AppReadModel.AddAsync(fixture.App, offer, valid, expired);
        using var api = people.Anonymous();

        var answer = await api.Http.GetFromJsonAsync<JsonElement>($"/api/licences/{valid.LicenceId}");
        var old = await api.Http.GetFromJsonAsync<JsonElement>($"/api/licences/{expired.LicenceId}");

        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.Equal($"Valid until {Day(until)} (licence #{valid.LicenceId}).", Text(answer, "reason"));
        var licence = answer.GetProperty("licence");
        Assert.Equal((people.WorkId, people.WorkTitle, people.Holder.Address, "valid", "0.05 ETH", valid.TransactionHash),
            (licence.GetProperty("workId").GetInt64(), Text(licence, "workTitle"), Text(licence, "holder"), Text(licence, "status"), Text(licence, "price"), Text(licence, "txHash")));
        Assert.Equal((false, $"Licence #{expired.LicenceId} expired on {Day(expired.ValidUntil!.Value)}.", "expired"),
            (old.GetProperty("valid").GetBoolean(), Text(old, "reason"), Text(old.GetProperty("licence"), "status")));
    }

    [Fact]
    public async Task GetLicence_WhenUnknown_Is404()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync("/api/licences/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no licence #987654321.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Check_WhenTheAddressHoldsAPerpetualLicence_IsValidWithIt()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address, usage: LicenceUsage.Derivative, durationDays: 0);
        var licence = Licence(AppReadModel.NextId(), offer, people.Holder.Address, validUntil: null);
        await AppReadModel.AddAsync(fixture.App, offer, licence);
        using var api = people.Anonymous();

        var answer = await api.Http.GetFromJsonAsync<JsonElement>(
            $"/api/licences/check?address={people.Holder.Address.ToUpperInvariant().Replace("0X", "0x")}&work={people.WorkId}&usage=Derivative");

        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.Equal($"Perpetual licence #{licence.LicenceId}.", Text(answer, "reason"));
        Assert.Equal((licence.LicenceId, "derivative", people.WorkTitle), (answer.GetProperty("licence").GetProperty("licenceId").GetInt64(), Text(answer.GetProperty("licence"), "usage"), Text(answer.GetProperty("licence"), "workTitle")));
    }

    [Fact]
    public async Task Check_WhenTheAddressHoldsNone_IsNotValidAndSaysWho()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        using var api = people.Anonymous();

        var answer = await api.Http.GetFromJsonAsync<JsonElement>($"/api/licences/check?address={people.Stranger.Address}&work={people.WorkId}&usage=personal");

        Assert.False(answer.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("licence").ValueKind);
        Assert.Equal($"No licence for work #{people.WorkId} and usage Personal is held by {people.Stranger.Address}.", Text(answer, "reason"));
    }

    [Theory]
    [InlineData("work=7&usage=commercial", "Give the address to check as address=0x followed by 40 hexadecimal digits.")]
    [InlineData("address=0x123&work=7&usage=commercial", "'0x123' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData($"address={AnAddress}&usage=commercial", "Give the work to check as work=<work id>, such as work=7.")]
    [InlineData($"address={AnAddress}&work=seven&usage=commercial", "'seven' is not a work id: expected a whole number such as 7.")]
    [InlineData($"address={AnAddress}&work=7", "Give the usage to check as usage=personal, editorial, commercial, broadcast or derivative.")]
    [InlineData($"address={AnAddress}&work=7&usage=resale", "'resale' is not a usage: use personal, editorial, commercial, broadcast or derivative.")]
    [InlineData($"address={AnAddress}&work=7&usage=2", "'2' is not a usage: use personal, editorial, commercial, broadcast or derivative.")]
    public async Task Check_WhenTheQueryIsBad_Is400WithWhatToSendInstead(string query, string detail)
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync($"/api/licences/check?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(detail, await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Certificate_ForTheHolder_IsAPdfAttachmentLinkingToThePublicPage()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var licence = Licence(AppReadModel.NextId(), offer, people.Holder.Address, Seconds(DateTimeOffset.UtcNow.AddDays(300)));
        await AppReadModel.AddAsync(fixture.App, offer, licence);
        using var api = people.Api(people.Holder);

        var response = await api.Http.GetAsync($"/api/licences/{licence.LicenceId}/certificate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"licence-{licence.LicenceId}.pdf", response.Content.Headers.ContentDisposition.FileName);
        using var document = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.Equal($"Licence #{licence.LicenceId} — {people.WorkTitle}", document.Info.Title);
        Assert.Equal($"{fixture.App.BaseUrl}/licences/{licence.LicenceId}", document.Info.Keywords);
    }

    [Fact]
    public async Task Certificate_ForTheBuyerOfALicenceTransferredAway_IsAllowed()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var licence = Licence(AppReadModel.NextId(), offer, people.Stranger.Address, validUntil: null, buyer: people.Holder.Address);
        await AppReadModel.AddAsync(fixture.App, offer, licence);
        using var buyer = people.Api(people.Holder);

        var response = await buyer.Http.GetAsync($"/api/licences/{licence.LicenceId}/certificate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Certificate_ForSomeoneElse_Is403AndAnonymous401()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var licence = Licence(AppReadModel.NextId(), offer, people.Holder.Address, validUntil: null);
        await AppReadModel.AddAsync(fixture.App, offer, licence);
        using var seller = people.Api(people.Seller);
        using var anonymous = people.Anonymous();

        var refused = await seller.Http.GetAsync($"/api/licences/{licence.LicenceId}/certificate");
        var unsigned = await anonymous.Http.GetAsync($"/api/licences/{licence.LicenceId}/certificate");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal($"Only the holder or the buyer of licence #{licence.LicenceId} can download its certificate.", await ApiClient.DetailAsync(refused));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(SignInRequired, await ApiClient.DetailAsync(unsigned));
    }

    [Fact]
    public async Task Certificate_OfAnUnknownLicence_Is404()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        using var api = people.Api(people.Holder);

        var response = await api.Http.GetAsync("/api/licences/987654321/certificate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no licence #987654321.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task MyLicences_ListsWhatTheCallerHoldsWithStatus_AndNeedsSignIn()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address, usage: LicenceUsage.Editorial, territories: "CN");
        var revoked = Licence(AppReadModel.NextId(), offer, people.Holder.Address, validUntil: null, revoked: true);
        var strangers = Licence(AppReadModel.NextId(), offer, people.Stranger.Address, validUntil: null);
        await AppReadModel.AddAsync(fixture.App, offer, revoked, strangers);
        using var holder = people.Api(people.Holder);
        using var anonymous = people.Anonymous();

        var mine = (await holder.Http.GetFromJsonAsync<JsonElement>("/api/me/licences")).GetProperty("items").EnumerateArray().ToList();
        var unsigned = await anonymous.Http.GetAsync("/api/me/licences");

        Assert.All(mine, l => Assert.Equal(people.Holder.Address, Text(l, "holder")));
        var listed = mine.Single(l => l.GetProperty("licenceId").GetInt64() == revoked.LicenceId);
        Assert.Equal(("revoked", "editorial", people.WorkTitle), (Text(listed, "status"), Text(listed, "usage"), Text(listed, "workTitle")));
        Assert.Equal(["CN"], listed.GetProperty("territories").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(mine, l => l.GetProperty("licenceId").GetInt64() == strangers.LicenceId);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(SignInRequired, await ApiClient.DetailAsync(unsigned));
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static DateTimeOffset Seconds(DateTimeOffset moment) => DateTimeOffset.FromUnixTimeSeconds(moment.ToUnixTimeSeconds());

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
