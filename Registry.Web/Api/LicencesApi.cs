using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Licensing;
using Registry.Core.Licensing.Certificates;
using Registry.Core.Works;

namespace Registry.Web.Api;

/// <summary>The read side of licensing: a work's offers, licences and their validity, certificates, and the signed-in account's licences.</summary>
public static class LicencesApi
{
    public const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapLicencesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/works/{id:long}/offers", GetOffersAsync).WithTags("Licensing").WithName("GetWorkOffers")
            .WithSummary("The work's licence offers, oldest first: price, terms, remaining supply, and whether each can be bought now (availability).");

        var licences = app.MapGroup("/api/licences").WithTags("Licensing");
        licences.MapGet("/{id:long}", GetAsync).WithName("GetLicence")
            .WithSummary("A licence's facts, and whether it is valid now, with the reason in a sentence. Public.");
        licences.MapGet("/check", CheckAsync).WithName("CheckLicence")
            .WithSummary("Whether an address holds a valid licence for a work and usage now (address, work, usage): { valid, licence?, reason }. Public.");
        licences.MapGet("/{id:long}/certificate", CertificateAsync).WithName("GetLicenceCertificate").RequireAuthorization()
            .Produces(StatusCodes.Status200OK, contentType: PdfContentType)
            .WithSummary("The licence's certificate as a PDF, with a QR code linking to its public page; for its holder or its buyer only.");

        app.MapGet("/api/me/licences", MineAsync).WithTags("Licensing").WithName("GetMyLicences").RequireAuthorization()
            .WithSummary("The licences the signed-in account holds, newest first, with their work, usage, territory, validity and status.");
        return app;
    }

    public static string CertificatePath(long licenceId) => $"/api/licences/{licenceId}/certificate";

    private static async Task<Results<Ok<OfferListResponse>, ProblemHttpResult>> GetOffersAsync(
        long id, WorkCatalog works, LicenceCatalog catalog, CancellationToken cancellationToken)
    {
        if (await works.GetAsync(id, cancellationToken) is null)
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", LicensingMessages.NoWork(id));
        var offers = await catalog.GetOffersAsync(id, cancellationToken);
        return TypedResults.Ok(new OfferListResponse(offers.Select(OfferResponse.From).ToList()));
    }

    private static async Task<Results<Ok<LicenceCheckResponse>, ProblemHttpResult>> GetAsync(
        long id, LicenceCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = await catalog.GetAsync(id, cancellationToken);
        if (details is null) return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", LicensingMessages.NoLicence(id));
        var now = clock.GetUtcNow();
        var licence = details.Licence;
        return TypedResults.Ok(new LicenceCheckResponse(
            LicenceValidity.IsValidAt(licence, now),
            LicenceResponse.From(licence, details.WorkTitle, LicenceValidity.StatusAt(licence, now)),
            LicenceValidity.Describe(licence, now)));
    }

    private static async Task<Results<Ok<LicenceCheckResponse>, ProblemHttpResult>> CheckAsync(
        string? address, string? work, string? usage, LicenceCatalog catalog, WorkCatalog works, TimeProvider clock, CancellationToken cancellationToken)
    {
        long workId = 0;
        LicenceUsage? kind = null;
        var problem = address is null ? LicensingMessages.AddressMissing
            : !ApiInput.IsAddress(address) ? ApiInput.AddressInvalid(address)
            : work is null ? LicensingMessages.WorkMissing
            : !long.TryParse(work, NumberStyles.None, CultureInfo.InvariantCulture, out workId) ? ApiInput.WorkInvalid(work)
            : usage is null ? LicensingMessages.UsageMissing
            : (kind = ApiNames.Parse<LicenceUsage>(usage)) is null ? LicensingMessages.UsageUnknown(usage)
            : null;
        if (problem is not null) return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid query", problem);

        var now = clock.GetUtcNow();
        var check = await catalog.CheckAsync(address!, workId, kind!.Value, now, cancellationToken);
        var title = check.Licence is null ? null : (await works.GetAsync(workId, cancellationToken))?.Title;
        return TypedResults.Ok(new LicenceCheckResponse(
            check.Valid,
            check.Licence is { } licence ? LicenceResponse.From(licence, title, LicenceValidity.StatusAt(licence, now)) : null,
            check.Reason));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CertificateAsync(
        long id, HttpContext context, AccountService accounts, LicenceCertificates certificates, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        var request = context.Request;
        var baseUrl = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        try
        {
            var outcome = await certificates.RenderForAsync(address, id, baseUrl, cancellationToken);
            return outcome switch
            {
                { Pdf: { } pdf } => TypedResults.File(pdf, PdfContentType, $"licence-{id}.pdf"),
                { Refusal: CertificateRefusal.NotHolderOrBuyer } => ProblemResponses.Problem(StatusCodes.Status403Forbidden, "Forbidden", outcome.Message!),
                _ => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Not found", outcome.Message!),
            };
        }
        catch (ChainUnavailableException e)
        {
            return ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable, "Chain unavailable", e.Message);
        }
    }

    private static async Task<Results<Ok<LicenceListResponse>, ProblemHttpResult>> MineAsync(
        HttpContext context, AccountService accounts, LicenceCatalog catalog, CancellationToken cancellationToken)
    {
        if (await SignedInAccount.AddressAsync(context, accounts, cancellationToken) is not { } address) return SignedInAccount.SignInRequired();
        var held = await catalog.GetHeldByAsync(address, cancellationToken);
        return TypedResults.Ok(new LicenceListResponse(held.Select(LicenceResponse.From).ToList()));
    }
}
