using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Licensing;
using Registry.Web.Accounts;

namespace Registry.Web.Api;

/// <summary>
/// The state-changing side of licensing: offers made and changed by their work's owner (Creator role), licences
/// bought and earnings withdrawn by any signed-in account. The caller's custodial key signs and pays; each answer
/// comes once the transaction is mined. Browsers (cookies) must send the antiforgery token; API tokens need none.
/// </summary>
public static class LicensingActionsApi
{
    public static IEndpointRouteBuilder MapLicensingActionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/works/{id:long}/offers", CreateOfferAsync).WithTags("Licensing").WithName("CreateOffer")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization(RegistryRoles.Creator)
            .WithSummary("Offer licences to a work you own (Creator): JSON { price (ETH, e.g. \"0.05\"), durationDays (0 = perpetual), usage (personal|editorial|commercial|broadcast|derivative), territories (\"DE, FR\"; empty = worldwide), exclusive, transferable, maxSupply (0 = no cap), terms (text) }.");

        var offers = app.MapGroup("/api/offers/{id:long}").WithTags("Licensing");
        offers.MapPost("/pause", (long id, HttpContext context, OfferService service, CancellationToken ct) => ChangeOfferAsync(id, OfferChange.Pause, context, service, ct))
            .WithName("PauseOffer").AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization(RegistryRoles.Creator)
            .WithSummary("Pause an offer you made (Creator): it sells nothing until resumed.");
        offers.MapPost("/resume", (long id, HttpContext context, OfferService service, CancellationToken ct) => ChangeOfferAsync(id, OfferChange.Resume, context, service, ct))
            .WithName("ResumeOffer").AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization(RegistryRoles.Creator)
            .WithSummary("Resume a paused offer you made (Creator).");
        offers.MapPost("/withdraw", (long id, HttpContext context, OfferService service, CancellationToken ct) => ChangeOfferAsync(id, OfferChange.Withdraw, context, service, ct))
            .WithName("WithdrawOffer").AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization(RegistryRoles.Creator)
            .WithSummary("Withdraw an offer you made, for good (Creator); licences sold stay valid.");
        offers.MapPost("/purchase", PurchaseAsync).WithName("PurchaseLicence")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Buy a licence under an offer (any signed-in account): your account pays the price plus gas.");

        app.MapPost("/api/earnings/withdraw", WithdrawEarningsAsync).WithTags("Licensing").WithName("WithdrawEarnings")
            .AddEndpointFilter<AntiforgeryGuard>().RequireAuthorization()
            .WithSummary("Withdraw everything your account has earned from licence sales (ETH) to its address.");
        return app;
    }

    private static async Task<Results<Created<OfferCreatedResponse>, ProblemHttpResult>> CreateOfferAsync(
        long id, OfferRequest request, HttpContext context, OfferService offers, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await offers.CreateAsync(context.User.GetUserId()!, request with { WorkId = id }, cancellationToken);
            if (outcome.OfferId is { } offerId)
                return TypedResults.Created($"/api/offers/{offerId}", new OfferCreatedResponse(offerId, id, outcome.TransactionHash!));
            return Refused(outcome);
        }
        catch (Exception e) when (e is ChainUnavailableException or ContentStoreUnavailableException)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<OfferChangedResponse>, ProblemHttpResult>> ChangeOfferAsync(
        long id, OfferChange change, HttpContext context, OfferService offers, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await offers.ChangeAsync(context.User.GetUserId()!, id, change, cancellationToken);
            if (outcome.TransactionHash is not { } hash) return Refused(outcome);
            var status = change switch
            {
                OfferChange.Pause => OfferStatus.Paused,
                OfferChange.Resume => OfferStatus.Active,
                _ => OfferStatus.Withdrawn,
            };
            return TypedResults.Ok(new OfferChangedResponse(id, status.ToString().ToLowerInvariant(), hash));
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<PurchaseResponse>, ProblemHttpResult>> PurchaseAsync(
        long id, HttpContext context, LicencePurchases purchases, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await purchases.BuyAsync(context.User.GetUserId()!, id, cancellationToken);
            if (outcome.LicenceId is { } licenceId) return TypedResults.Ok(new PurchaseResponse(licenceId, id, outcome.TransactionHash!));
            var status = outcome.Problem == PurchaseProblem.UnknownOffer ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return ProblemResponses.Problem(status, "Purchase refused", outcome.Message!, Code(outcome.Problem));
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Ok<WithdrawalResponse>, ProblemHttpResult>> WithdrawEarningsAsync(
        HttpContext context, Earnings earnings, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await earnings.WithdrawAsync(context.User.GetUserId()!, cancellationToken);
            if (outcome.Amount is { } amount)
                return TypedResults.Ok(new WithdrawalResponse(amount.ToString(CultureInfo.InvariantCulture), NativeAmount.Format(amount), outcome.TransactionHash!));
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Withdrawal refused", outcome.Message!, Code(outcome.Problem));
        }
        catch (ChainUnavailableException e)
        {
            return Unavailable(e);
        }
    }

    private static ProblemHttpResult Refused(OfferOutcome outcome)
    {
        var status = outcome.Problem switch
        {
            OfferProblem.UnknownWork or OfferProblem.UnknownOffer => StatusCodes.Status404NotFound,
            OfferProblem.NotOwner or OfferProblem.NotSeller => StatusCodes.Status403Forbidden,
            OfferProblem.AlreadyPaused or OfferProblem.NotPaused or OfferProblem.OfferWithdrawn or OfferProblem.NoFunds or OfferProblem.Refused
                => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return ProblemResponses.Problem(status, "Offer refused", outcome.Message!, Code(outcome.Problem));
    }

    private static Dictionary<string, object?> Code<TProblem>(TProblem? problem) where TProblem : struct, Enum =>
        new() { ["code"] = problem.ToString() };

    private static ProblemHttpResult Unavailable(Exception e) =>
        ProblemResponses.Problem(StatusCodes.Status503ServiceUnavailable,
            e is ContentStoreUnavailableException ? "Content store unavailable" : "Chain unavailable", e.Message);
}
