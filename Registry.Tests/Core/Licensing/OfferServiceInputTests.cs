using Registry.Core.Accounts;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Licensing;

/// <summary>
/// Bad offers are refused with words a person can act on before anything reaches the chain: the host is configured
/// for a chain node that is not there, so a refusal that needed the chain would fail these tests instead.
/// </summary>
public sealed class OfferServiceInputTests : IAsyncLifetime
{
    private CoreHost _host = default!;
    private string _userId = "";

    public static TheoryData<OfferRequest, OfferProblem, string> BadOffers => new()
    {
        { Offer() with { Price = "0" }, OfferProblem.PriceNotPositive, "The price must be more than zero." },
        { Offer() with { Price = "0.000" }, OfferProblem.PriceNotPositive, "The price must be more than zero." },
        { Offer() with { Price = "-0.5" }, OfferProblem.PriceNotPositive, "The price must be more than zero." },
        { Offer() with { Price = "" }, OfferProblem.PriceMissing, "Enter a price in ETH, such as 0.05." },
        { Offer() with { Price = "cheap" }, OfferProblem.PriceNotANumber, "'cheap' is not a price: write an amount of ETH such as 0.05." },
        { Offer() with { Price = "0,05" }, OfferProblem.PriceNotANumber, "'0,05' is not a price: write an amount of ETH such as 0.05." },
        { Offer() with { Price = "1e18" }, OfferProblem.PriceNotANumber, "'1e18' is not a price: write an amount of ETH such as 0.05." },
        { Offer() with { Price = "." }, OfferProblem.PriceNotANumber, "'.' is not a price: write an amount of ETH such as 0.05." },
        {
            Offer() with { Price = "0.0000000000000000001" }, OfferProblem.PriceTooManyDecimals,
            "A price has at most 18 decimals; '0.0000000000000000001' has 19."
        },
        // 2^128 wei is one wei more than a uint128 holds.
        {
            Offer() with { Price = "340282366920938463463.374607431768211456" }, OfferProblem.PriceTooLarge,
            "The price is too large: at most 340282366920938463463.374607431768211455 ETH."
        },
        {
            Offer() with { Price = new string('9', 120) }, OfferProblem.PriceTooLarge,
            "The price is too large: at most 340282366920938463463.374607431768211455 ETH."
        },
        { Offer() with { DurationDays = -1 }, OfferProblem.DurationNegative, "The duration cannot be negative." },
        {
            Offer() with { Usage = "printing" }, OfferProblem.UnknownUsage,
            "'printing' is not a usage: use personal, editorial, commercial, broadcast or derivative."
        },
        {
            Offer() with { Usage = "2" }, OfferProblem.UnknownUsage,
            "'2' is not a usage: use personal, editorial, commercial, broadcast or derivative."
        },
        { Offer() with { Usage = " " }, OfferProblem.UsageMissing, "Choose a usage: personal, editorial, commercial, broadcast or derivative." },
        { Offer() with { Territories = "DE, XX" }, OfferProblem.UnknownTerritory, "'XX' is not an ISO 3166-1 country code." },
        { Offer() with { Territories = "Germany" }, OfferProblem.UnknownTerritory, "'Germany' is not an ISO 3166-1 country code." },
        { Offer() with { MaxSupply = -3 }, OfferProblem.MaxSupplyNegative, "The number of licences on offer cannot be negative." },
        { Offer() with { Terms = "  " }, OfferProblem.TermsMissing, "Write the terms of the licence." },
        { Offer() with { Terms = new string('t', 20_001) }, OfferProblem.TermsTooLong, "The terms are too long: at most 20000 characters." },
    };

    public async Task InitializeAsync()
    {
        _host = await CoreHost.StartWithoutChainAsync();
        _userId = (await _host.Get<AccountService>().CreateAsync("seller@example.com", "harbour-at-dawn-1")).Account!.UserId;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(BadOffers))]
    public async Task Create_WithABadField_IsRefusedWithTheReasonBeforeTouchingTheChain(OfferRequest request, OfferProblem problem, string message)
    {
        var outcome = await _host.Get<OfferService>().CreateAsync(_userId, request, CancellationToken.None);

        Assert.Equal(problem, outcome.Problem);
        Assert.Equal(message, outcome.Message);
        Assert.Null(outcome.OfferId);
        Assert.Null(outcome.TransactionHash);
    }

    [Fact]
    public void Validate_WithSeveralBadFields_NamesEachFieldWithItsProblem()
    {
        var validation = OfferRequestValidator.Validate(Offer() with { Price = "0", DurationDays = -2, Territories = "FR, ZZ" });

        Assert.Null(validation.Input);
        Assert.Equal(
            [("Price", OfferProblem.PriceNotPositive), ("DurationDays", OfferProblem.DurationNegative), ("Territories", OfferProblem.UnknownTerritory)],
            validation.Problems.Select(p => (p.Field, p.Problem)));
        Assert.Equal(["ZZ"], validation.Problems[2].Arguments);
    }

    [Fact]
    public void Validate_AGoodOffer_ReadsPriceInWeiUsageByNameAndTerritoriesSorted()
    {
        var validation = OfferRequestValidator.Validate(new OfferRequest(7, " 1.000000000000000007 ", null, "Broadcast", "fr; de fr", true, false, null, " terms \n"));

        Assert.True(validation.IsValid);
        var input = validation.Input!;
        Assert.Equal(LicensingScene.Ether + 7, input.Price);
        Assert.Equal(0, input.DurationDays);
        Assert.Equal(LicenceUsage.Broadcast, input.Usage);
        Assert.Equal(["DE", "FR"], input.Territories);
        Assert.Equal((true, false, 0, "terms"), (input.Exclusive, input.Transferable, input.MaxSupply, input.Terms));
    }

    private static OfferRequest Offer() => LicensingScene.Request(workId: 1);
}
