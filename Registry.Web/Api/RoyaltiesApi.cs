using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Registry.Core.Accounts;
using Registry.Core.Licensing;

namespace Registry.Web.Api;

/// <summary>The signed-in account's royalty report, as JSON or as CSV.</summary>
public static class RoyaltiesApi
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapRoyaltiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/royalties", GetAsync).WithTags("Licensing").WithName("GetRoyalties").RequireAuthorization()
            .Produces<RoyaltyReportResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The signed-in account's royalties from 'from' up to the day before 'to' (yyyy-MM-dd, UTC) per month, work and offer, "
                + "with totals and withdrawals; as CSV (UTF-8 with a byte order mark, a TOTAL line last) when sent 'Accept: text/csv'.");
        return app;
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Results<Ok<RoyaltyReportResponse>, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string? from, string? to, HttpContext context, AccountService accounts, RoyaltyReports reports, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        var fromProblem = ReadDay("from", from, out var start);
        var toProblem = ReadDay("to", to, out var end);
        var problem = fromProblem ?? toProblem ?? (end <= start ? LicensingMessages.PeriodEmpty(from!, to!) : null);
        if (problem is not null) return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid period", problem);

        var report = await reports.GetAsync(address, start, end, cancellationToken);
        if (!WantsCsv(context.Request)) return TypedResults.Ok(RoyaltyReportResponse.Of(report));
        // The byte order mark lets spreadsheets read the UTF-8 titles (Chinese among them) as UTF-8.
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RoyaltyReports.ToCsv(report))).ToArray();
        return TypedResults.File(csv, CsvContentType, $"royalties-{Day(start)}-{Day(end)}.csv");
    }

    private static string? ReadDay(string name, string? text, out DateOnly day)
    {
        day = default;
        if (string.IsNullOrWhiteSpace(text)) return LicensingMessages.DateMissing(name);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            ? null : LicensingMessages.DateInvalid(name, text);
    }

    private static bool WantsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
}
