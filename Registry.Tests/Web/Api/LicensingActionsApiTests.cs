using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>
/// Offers, purchases and withdrawals through the REST API of the real app (its own dev chain, where new accounts
/// get 10 ETH and the platform fee is zero), called with API tokens.
/// </summary>
[Collection("browser")]
public sealed class LicensingActionsApiTests(BrowserFixture fixture)
{
    private static readonly object Offer = new
    {
        price = "0.05",
        durationDays = 30,
        usage = "commercial",
        territories = "DE, FR",
        exclusive = false,
        transferable = true,
        maxSupply = 0,
        terms = "Use in one campaign; credit the author.",
    };

    [Fact]
    public async Task OfferBuyWithdraw_ThroughTheApi_CreatesSellsAndPaysOutThePrice()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);
        using var buyer = await ApiClient.ForNewCreatorAsync(fixture.App);
        var workId = await MatrixAccounts.RegisterWorkAsync(seller);

        var created = await seller.Http.PostAsJsonAsync($"/api/works/{workId}/offers", Offer);
        await MatrixAnswers.AssertAsync(created, 201, null);
        var offer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var offerId = offer.GetProperty("offerId").GetInt64();
        var bought = await buyer.Http.PostAsync($"/api/offers/{offerId}/purchase", null);
        await MatrixAnswers.AssertAsync(bought, 200, null);
        var withdrawn = await seller.Http.PostAsync("/api/earnings/withdraw", null);
        await MatrixAnswers.AssertAsync(withdrawn, 200, null);

        Assert.Equal($"/api/offers/{offerId}", created.Headers.Location?.OriginalString);
        Assert.Equal(workId, offer.GetProperty("workId").GetInt64());
        Assert.Matches("^0x[0-9a-f]{64}$", offer.GetProperty("txHash").GetString());
        var licence = await bought.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(licence.GetProperty("licenceId").GetInt64() > 0);
        Assert.Equal(offerId, licence.GetProperty("offerId").GetInt64());
        var payout = await withdrawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("50000000000000000", payout.GetProperty("amountWei").GetString());
        Assert.Equal("0.05 ETH", payout.GetProperty("amount").GetString());
        await MatrixAnswers.AssertAsync(await seller.Http.PostAsync("/api/earnings/withdraw", null), 409, "You have nothing to withdraw.");
    }

    [Fact]
    public async Task PauseThenResume_ByTheSeller_StopsAndRestartsSales()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);
        using var buyer = await ApiClient.ForNewCreatorAsync(fixture.App);
        var offerId = await OfferAsync(seller, await MatrixAccounts.RegisterWorkAsync(seller));

        var paused = await seller.Http.PostAsync($"/api/offers/{offerId}/pause", null);
        var whilePaused = await buyer.Http.PostAsync($"/api/offers/{offerId}/purchase", null);
        var resumed = await seller.Http.PostAsync($"/api/offers/{offerId}/resume", null);
        var afterResuming = await buyer.Http.PostAsync($"/api/offers/{offerId}/purchase", null);

        await MatrixAnswers.AssertAsync(paused, 200, null);
        Assert.Equal("paused", (await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await MatrixAnswers.AssertAsync(whilePaused, 409, $"Offer #{offerId} is paused: it sells no licences until its seller resumes it.");
        Assert.Equal("Paused", (await whilePaused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await MatrixAnswers.AssertAsync(resumed, 200, null);
        await MatrixAnswers.AssertAsync(afterResuming, 200, null);
    }

    [Fact]
    public async Task Withdraw_OfAnOffer_EndsItsSalesForGood()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);
        using var buyer = await ApiClient.ForNewCreatorAsync(fixture.App);
        var offerId = await OfferAsync(seller, await MatrixAccounts.RegisterWorkAsync(seller));

        var withdrawn = await seller.Http.PostAsync($"/api/offers/{offerId}/withdraw", null);

        await MatrixAnswers.AssertAsync(withdrawn, 200, null);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await MatrixAnswers.AssertAsync(await buyer.Http.PostAsync($"/api/offers/{offerId}/purchase", null), 409,
            $"Offer #{offerId} has been withdrawn: it sells no more licences.");
        await MatrixAnswers.AssertAsync(await seller.Http.PostAsync($"/api/offers/{offerId}/resume", null), 409,
            $"Offer #{offerId} has been withdrawn: it can no longer be changed.");
    }

    [Fact]
    public async Task CreateOffer_WithAZeroPrice_Returns400WithTheReason()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await seller.Http.PostAsJsonAsync("/api/works/1/offers", new { price = "0", usage = "personal", terms = "Free for all." });

        await MatrixAnswers.AssertAsync(response, 400, "The price must be more than zero.");
        Assert.Equal("PriceNotPositive", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateOffer_WithAnUnknownTerritory_Returns400NamingIt()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await seller.Http.PostAsJsonAsync("/api/works/1/offers", new { price = "1", usage = "personal", territories = "DE, XX", terms = "Terms." });

        await MatrixAnswers.AssertAsync(response, 400, "'XX' is not an ISO 3166-1 country code.");
    }

    [Fact]
    public async Task CreateOffer_OnAWorkThatDoesNotExist_Returns404()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await seller.Http.PostAsJsonAsync("/api/works/987654/offers", Offer);

        await MatrixAnswers.AssertAsync(response, 404, "There is no work #987654.");
    }

    [Fact]
    public async Task Purchase_OfAnOfferThatDoesNotExist_Returns404()
    {
        using var buyer = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await buyer.Http.PostAsync("/api/offers/987654/purchase", null);

        await MatrixAnswers.AssertAsync(response, 404, "There is no offer #987654.");
    }

    [Fact]
    public async Task Purchase_OfAnOfferOnTheBuyersOwnWork_Returns409()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);
        var workId = await MatrixAccounts.RegisterWorkAsync(seller);
        var offerId = await OfferAsync(seller, workId);

        var response = await seller.Http.PostAsync($"/api/offers/{offerId}/purchase", null);

        await MatrixAnswers.AssertAsync(response, 409, $"Work #{workId} is yours: you cannot buy a licence to your own work.");
    }

    [Fact]
    public async Task Purchase_OfAnExclusiveOfferWhoseLicenceIsLive_Returns409()
    {
        using var seller = await ApiClient.ForNewCreatorAsync(fixture.App);
        using var first = await ApiClient.ForNewCreatorAsync(fixture.App);
        using var second = await ApiClient.ForNewCreatorAsync(fixture.App);
        var created = await seller.Http.PostAsJsonAsync($"/api/works/{await MatrixAccounts.RegisterWorkAsync(seller)}/offers",
            new { price = "0.01", usage = "broadcast", exclusive = true, terms = "Exclusive broadcast rights." });
        var offerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offerId").GetInt64();
        var licenceId = (await (await first.Http.PostAsync($"/api/offers/{offerId}/purchase", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("licenceId").GetInt64();

        var response = await second.Http.PostAsync($"/api/offers/{offerId}/purchase", null);

        await MatrixAnswers.AssertAsync(response, 409, $"Offer #{offerId} is exclusive and its licence #{licenceId} is still valid.");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheLicensingEndpoints()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var paths = (await api.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/api/works/{id}/offers", "/api/offers/{id}/pause", "/api/offers/{id}/resume", "/api/offers/{id}/withdraw", "/api/offers/{id}/purchase", "/api/earnings/withdraw" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }

    private static async Task<long> OfferAsync(ApiClient seller, long workId)
    {
        var response = await seller.Http.PostAsJsonAsync($"/api/works/{workId}/offers", Offer);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"The offer was refused: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("offerId").GetInt64();
    }
}
