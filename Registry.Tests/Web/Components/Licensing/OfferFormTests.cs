using System.Globalization;
using Bunit;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using Registry.Web.Components.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

public sealed class OfferFormTests : IAsyncLifetime
{
    private readonly PageTestContext _context = new();
    private readonly List<OfferRequest> _published = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void Publish_WhenNothingIsFilledIn_AsksForAPriceAndTermsAndSendsNothing()
    {
        var form = Render();

        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal("Enter a price in ETH, such as 0.05.", ProblemOf(form, "offer-price-input"));
        Assert.Equal("Write the terms of the licence.", ProblemOf(form, "offer-terms-input"));
        Assert.Null(ProblemOf(form, "offer-duration-input"));
        Assert.Empty(_published);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a price: write an amount of ETH such as 0.05.")]
    [InlineData("0", "The price must be more than zero.")]
    [InlineData("-1", "The price must be more than zero.")]
    [InlineData("0.1234567890123456789", "A price has at most 18 decimals; '0.1234567890123456789' has 19.")]
    [InlineData("340282366920938463464", "The price is too large: at most 340282366920938463463.374607431768211455 ETH.")]
    public void Price_WhenNotAPositiveAmountWithinRange_SaysWhatIsWrong(string price, string problem)
    {
        var form = RenderFilledIn();

        Type(form, "offer-price-input", price);
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal(problem, ProblemOf(form, "offer-price-input"));
        Assert.Empty(_published);
    }

    [Fact]
    public void Duration_WhenNegative_SaysItCannotBe()
    {
        var form = RenderFilledIn();

        Type(form, "offer-duration-input", "-5");
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal("The duration cannot be negative.", ProblemOf(form, "offer-duration-input"));
        Assert.Empty(_published);
    }

    [Fact]
    public void Territories_WhenACodeIsNotIso3166_NamesIt()
    {
        var form = RenderFilledIn();

        Type(form, "offer-territories-input", "DE, XX");
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal("'XX' is not an ISO 3166-1 country code.", ProblemOf(form, "offer-territories-input"));
        Assert.Empty(_published);
    }

    [Fact]
    public void MaxSupply_WhenNegative_SaysItCannotBe()
    {
        var form = RenderFilledIn();

        Type(form, "offer-max-supply-input", "-1");
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal("The number of licences on offer cannot be negative.", ProblemOf(form, "offer-max-supply-input"));
        Assert.Empty(_published);
    }

    [Fact]
    public void Terms_WhenLongerThanTheLimit_SayTheLimit()
    {
        var form = RenderFilledIn();

        Type(form, "offer-terms-input", new string('x', OfferRequestValidator.MaxTermsLength + 1));
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal("The terms are too long: at most 20000 characters.", ProblemOf(form, "offer-terms-input"));
        Assert.Empty(_published);
    }

    [Fact]
    public void Problems_AreWordedTheWayTheServiceWordsThem()
    {
        var form = RenderFilledIn();
        var request = new OfferRequest(7, "abc", -5, "commercial", "DE, XX", false, false, -1, "");
        var expected = OfferRequestValidator.Validate(request).Problems.ToDictionary(p => p.Field, p => p.Message);

        Type(form, "offer-price-input", "abc");
        Type(form, "offer-duration-input", "-5");
        Type(form, "offer-territories-input", "DE, XX");
        Type(form, "offer-max-supply-input", "-1");
        Type(form, "offer-terms-input", "");
        form.Find("[data-testid=offer-publish]").Click();

        Assert.Equal(expected[nameof(OfferRequest.Price)], ProblemOf(form, "offer-price-input"));
        Assert.Equal(expected[nameof(OfferRequest.DurationDays)], ProblemOf(form, "offer-duration-input"));
        Assert.Equal(expected[nameof(OfferRequest.Territories)], ProblemOf(form, "offer-territories-input"));
        Assert.Equal(expected[nameof(OfferRequest.MaxSupply)], ProblemOf(form, "offer-max-supply-input"));
        Assert.Equal(expected[nameof(OfferRequest.Terms)], ProblemOf(form, "offer-terms-input"));
    }

    [Fact]
    public void Publish_WhenEveryFieldIsValid_SendsTheRequestAsTyped()
    {
        var form = Render();

        Type(form, "offer-price-input", "0.05");
        Type(form, "offer-duration-input", "30");
        Type(form, "offer-territories-input", "fr, de");
        form.Find("input[data-testid=offer-exclusive-input]").Change(true);
        form.Find("input[data-testid=offer-transferable-input]").Change(true);
        Type(form, "offer-max-supply-input", "10");
        Type(form, "offer-terms-input", "Print runs up to 10,000 copies.");
        form.Find("[data-testid=offer-publish]").Click();

        var request = Assert.Single(_published);
        Assert.Equal(new OfferRequest(7, "0.05", 30, "commercial", "fr, de", true, true, 10, "Print runs up to 10,000 copies."), request);
    }

    [Fact]
    public void Publish_WithoutDurationOrCap_SendsAPerpetualUncappedWorldwideOffer()
    {
        var form = RenderFilledIn();

        form.Find("[data-testid=offer-publish]").Click();

        var request = Assert.Single(_published);
        Assert.Equal(new OfferRequest(7, "0.05", null, "commercial", null, false, false, null, "Use in print."), request);
        Assert.True(OfferRequestValidator.Validate(request).Input is { DurationDays: 0, MaxSupply: 0, Territories.Count: 0 });
    }

    [Fact]
    public void Problems_InSimplifiedChinese_AreWordedInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            var form = RenderFilledIn();

            Type(form, "offer-price-input", "abc");
            form.Find("[data-testid=offer-publish]").Click();

            Assert.Equal("“abc”不是价格：请填写 ETH 金额，例如 0.05。", ProblemOf(form, "offer-price-input"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private IRenderedComponent<OfferForm> Render() =>
        _context.Bunit.Render<OfferForm>(p => p
            .Add(c => c.WorkId, 7)
            .Add(c => c.OnPublish, (OfferRequest request) => _published.Add(request)));

    /// <summary>A form that would publish as it is: a price and terms, nothing else.</summary>
    private IRenderedComponent<OfferForm> RenderFilledIn()
    {
        var form = Render();
        Type(form, "offer-price-input", "0.05");
        Type(form, "offer-terms-input", "Use in print.");
        return form;
    }

    private static void Type(IRenderedComponent<OfferForm> form, string testId, string text) =>
        form.Find($"input[data-testid={testId}], textarea[data-testid={testId}]").Change(text);

    /// <summary>The error MudBlazor shows under the field, or null while the field is valid.</summary>
    private static string? ProblemOf(IRenderedComponent<OfferForm> form, string testId)
    {
        var input = form.Find($"input[data-testid={testId}], textarea[data-testid={testId}]");
        if (input.GetAttribute("aria-invalid") != "true") return null;
        return form.Find($"[id='{input.GetAttribute("aria-describedby")}']").TextContent.Trim();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
