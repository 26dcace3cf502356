using System.Numerics;
using System.Text.RegularExpressions;

namespace Registry.Core.Licensing;

/// <summary>
/// Reads an offer as typed, field by field, and says what is wrong with each field in words a person can act on. The
/// contract checks price, usage and territories again on-chain; these checks come first so that nothing is sent
/// (and no gas spent) for an offer that would be refused.
/// </summary>
public static partial class OfferRequestValidator
{
    public const int MaxTermsLength = 20_000;

    /// <summary>The contract stores prices as uint128.</summary>
    public static readonly BigInteger MaxPrice = BigInteger.Pow(2, 128) - 1;

    /// <summary>"personal, editorial, commercial, broadcast or derivative".</summary>
    public static readonly string UsageNames = ListOf(Enum.GetNames<LicenceUsage>().Select(n => n.ToLowerInvariant()).ToList());

    public static OfferValidation Validate(OfferRequest request)
    {
        var problems = new List<OfferFieldProblem>();
        var price = ReadPrice(request.Price, problems);
        var duration = request.DurationDays ?? 0;
        if (duration < 0) problems.Add(Problem(nameof(OfferRequest.DurationDays), OfferProblem.DurationNegative, "The duration cannot be negative."));
        var usage = ReadUsage(request.Usage, problems);
        var (territories, unknown) = Territories.Parse(request.Territories);
        if (unknown is not null)
            problems.Add(Problem(nameof(OfferRequest.Territories), OfferProblem.UnknownTerritory, "'{0}' is not an ISO 3166-1 country code.", unknown));
        var maxSupply = request.MaxSupply ?? 0;
        if (maxSupply < 0)
            problems.Add(Problem(nameof(OfferRequest.MaxSupply), OfferProblem.MaxSupplyNegative, "The number of licences on offer cannot be negative."));
        var terms = request.Terms?.Trim() ?? "";
        if (terms.Length == 0)
            problems.Add(Problem(nameof(OfferRequest.Terms), OfferProblem.TermsMissing, "Write the terms of the licence."));
        else if (terms.Length > MaxTermsLength)
            problems.Add(Problem(nameof(OfferRequest.Terms), OfferProblem.TermsTooLong, "The terms are too long: at most {0} characters.", MaxTermsLength));

        if (problems.Count > 0) return new OfferValidation(null, problems);
        return new OfferValidation(
            new OfferInput(request.WorkId, price!.Value, duration, usage!.Value, territories, request.Exclusive, request.Transferable, maxSupply, terms), []);
    }

    private static BigInteger? ReadPrice(string? text, List<OfferFieldProblem> problems)
    {
        const string field = nameof(OfferRequest.Price);
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(Problem(field, OfferProblem.PriceMissing, "Enter a price in ETH, such as 0.05."));
            return null;
        }
        var negative = text.StartsWith('-');
        var decimalNumber = DecimalNumber().Match(negative ? text[1..] : text);
        if (!decimalNumber.Success || decimalNumber.Groups["whole"].Length + decimalNumber.Groups["fraction"].Length == 0)
        {
            problems.Add(Problem(field, OfferProblem.PriceNotANumber, "'{0}' is not a price: write an amount of ETH such as 0.05.", text));
            return null;
        }
        var decimals = decimalNumber.Groups["fraction"].Length;
        if (decimals > NativeAmount.Decimals)
        {
            problems.Add(Problem(field, OfferProblem.PriceTooManyDecimals, "A price has at most {0} decimals; '{1}' has {2}.", NativeAmount.Decimals, text, decimals));
            return null;
        }
        // Far beyond uint128 either way; NativeAmount reads at most 100 characters.
        var wei = decimalNumber.Groups["whole"].Length > 40 ? MaxPrice + 1 : NativeAmount.TryParseEther(negative ? text[1..] : text)!.Value;
        if (negative || wei.IsZero)
        {
            problems.Add(Problem(field, OfferProblem.PriceNotPositive, "The price must be more than zero."));
            return null;
        }
        if (wei > MaxPrice)
        {
            problems.Add(Problem(field, OfferProblem.PriceTooLarge, "The price is too large: at most {0}.", NativeAmount.Format(MaxPrice)));
            return null;
        }
        return wei;
    }

    private static LicenceUsage? ReadUsage(string? text, List<OfferFieldProblem> problems)
    {
        const string field = nameof(OfferRequest.Usage);
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(Problem(field, OfferProblem.UsageMissing, "Choose a usage: {0}.", UsageNames));
            return null;
        }
        // By name only: Enum.TryParse would also take "2" or "99".
        var match = Enum.GetValues<LicenceUsage>().Where(u => string.Equals(u.ToString(), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match is [var usage]) return usage;
        problems.Add(Problem(field, OfferProblem.UnknownUsage, "'{0}' is not a usage: use {1}.", text, UsageNames));
        return null;
    }

    private static OfferFieldProblem Problem(string field, OfferProblem problem, string template, params object[] arguments)
    {
        var (message, texts) = Wording.Fill(template, arguments);
        return new OfferFieldProblem(field, problem, message, texts);
    }

    private static string ListOf(IReadOnlyList<string> items) => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    [GeneratedRegex(@"^(?<whole>[0-9]*)(\.(?<fraction>[0-9]*))?$")]
    private static partial Regex DecimalNumber();
}
