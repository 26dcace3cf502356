using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using static Registry.Tests.Infrastructure.LicensingRows;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The signed-in seller's royalty report over HTTP, as JSON and as CSV, on payments seeded into the real app's read
/// model. Each test reads its own year, so the seeds of one never show in another.
/// </summary>
[Collection("browser")]
public sealed class RoyaltiesApiTests(BrowserFixture fixture)
{
    private const string SignInRequired = "Sign in, or send an API token as 'Authorization: Bearer <token>', to do this.";

    [Fact]
    public async Task Royalties_AsJson_PerMonthWorkAndOfferWithTotalsAndWithdrawals()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var offer = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var beyond64Bits = BigInteger.Pow(2, 64) + 5;
        await AppReadModel.AddAsync(fixture.App, offer,
            Payment(AppReadModel.NextId(), offer.OfferId, people.WorkId, people.Seller.Address, "30000000000000000", At(2031, 1, 31, 23, 59, 59)),
            Payment(AppReadModel.NextId(), offer.OfferId, people.WorkId, people.Seller.Address, beyond64Bits.ToString(CultureInfo.InvariantCulture), At(2031, 2, 1, 0, 0, 0)),
            Payment(AppReadModel.NextId(), offer.OfferId, people.WorkId, people.Seller.Address, "999", At(2031, 2, 2, 0, 0, 0), RoyaltyPaymentKind.PlatformFee),
            Payment(AppReadModel.NextId(), offer.OfferId, people.WorkId, people.Seller.Address, "777", At(2031, 3, 1, 0, 0, 0)),
            LicensingRows.Withdrawal(people.Seller.Address, "30000000000000000", At(2031, 2, 10, 0, 0, 0)));
        using var api = people.Api(people.Seller);

        var report = await api.Http.GetFromJsonAsync<JsonElement>("/api/royalties?from=2031-01-01&to=2031-03-01");

        Assert.Equal((people.Seller.Address, "2031-01-01", "2031-03-01"), (Text(report, "recipient"), Text(report, "from"), Text(report, "to")));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["2031-01", "2031-02"], rows.Select(r => Text(r, "month")));
        Assert.All(rows, r => Assert.Equal((people.WorkId, offer.OfferId, people.WorkTitle, 1), (r.GetProperty("workId").GetInt64(), r.GetProperty("offerId").GetInt64(), Text(r, "workTitle"), r.GetProperty("sales").GetInt32())));
        Assert.Equal(("30000000000000000", "0.03 ETH"), (Text(rows[0], "amountWei"), Text(rows[0], "amount")));
        Assert.Equal(beyond64Bits.ToString(CultureInfo.InvariantCulture), Text(rows[1], "amountWei"));
        Assert.Equal((2, (beyond64Bits + 30000000000000000).ToString(CultureInfo.InvariantCulture)), (report.GetProperty("totalSales").GetInt32(), Text(report, "totalWei")));
        Assert.Equal(("30000000000000000", "0.03 ETH"), (Text(report, "withdrawnWei"), Text(report, "withdrawn")));
        Assert.Equal("30000000000000000", Text(report.GetProperty("withdrawals")[0], "amountWei"));
    }

    [Fact]
    public async Task Royalties_AsCsv_ItsTotalEqualsTheJsonTableAndTheTitleIsQuoted()
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        var commercial = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address);
        var personal = Offer(AppReadModel.NextId(), people.WorkId, people.Seller.Address, usage: LicenceUsage.Personal);
        await AppReadModel.AddAsync(fixture.App, commercial, personal,
            Payment(AppReadModel.NextId(), commercial.OfferId, people.WorkId, people.Seller.Address, "18446744073709551621", At(2032, 5, 3, 0, 0, 0)),
            Payment(AppReadModel.NextId(), personal.OfferId, people.WorkId, people.Seller.Address, "1250000000000000000", At(2032, 5, 31, 23, 0, 0)),
            Payment(AppReadModel.NextId(), commercial.OfferId, people.WorkId, people.Seller.Address, "7", At(2032, 6, 1, 0, 0, 0)));
        using var api = people.Api(people.Seller);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/royalties?from=2032-05-01&to=2032-07-01");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await api.Http.SendAsync(request);
        var table = await api.Http.GetFromJsonAsync<JsonElement>("/api/royalties?from=2032-05-01&to=2032-07-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        Assert.Equal("royalties-2032-05-01-2032-07-01.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = CsvRecords.Parse(System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(RoyaltyReports.CsvHeader.Split(','), records[0]);
        var rows = records.Skip(1).SkipLast(1).ToList();
        Assert.Equal(table.GetProperty("rows").GetArrayLength(), rows.Count);
        Assert.All(rows, r => Assert.Equal(people.WorkTitle, r[2]));
        Assert.Equal(["TOTAL", "", "", "", "", "3", Text(table, "totalWei")!, "19.696744073709551628"], records[^1]);
        Assert.Equal(rows.Aggregate(BigInteger.Zero, (sum, r) => sum + BigInteger.Parse(r[6], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), records[^1][6]);
        Assert.Equal(table.GetProperty("rows").EnumerateArray().Select(r => Text(r, "amountWei")), rows.Select(r => r[6]));
    }

    [Theory]
    [InlineData("to=2031-03-01", "Give 'from' as a date, yyyy-MM-dd.")]
    [InlineData("from=2031-01-01", "Give 'to' as a date, yyyy-MM-dd.")]
    [InlineData("from=2031-13-01&to=2032-01-01", "'2031-13-01' is not a date for 'from': expected yyyy-MM-dd, such as 2026-01-31.")]
    [InlineData("from=2031-01-01&to=01%2F03%2F2031", "'01/03/2031' is not a date for 'to': expected yyyy-MM-dd, such as 2026-01-31.")]
    [InlineData("from=2031-03-01&to=2031-03-01", "The period is empty: 'to' (2031-03-01) must be after 'from' (2031-03-01). The report runs from 'from' up to the day before 'to'.")]
    [InlineData("from=2031-03-01&to=2031-01-01", "The period is empty: 'to' (2031-01-01) must be after 'from' (2031-03-01). The report runs from 'from' up to the day before 'to'.")]
    public async Task Royalties_WhenThePeriodIsBad_Is400WithWhatToSendInstead(string query, string detail)
    {
        var people = await LicensingApiPeople.ForAsync(fixture.App);
        using var api = people.Api(people.Seller);

        var response = await api.Http.GetAsync($"/api/royalties?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(detail, await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Royalties_WhenAnonymous_Is401()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync("/api/royalties?from=2031-01-01&to=2031-03-01");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(SignInRequired, await ApiClient.DetailAsync(response));
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second) => new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
