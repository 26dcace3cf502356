using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Accounts;
using Registry.Web.Accounts;

namespace Registry.Web.Api;

public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/account", GetAsync).WithTags("Account").WithName("GetAccount").RequireAuthorization()
            .WithSummary("The account signed in by cookie or API token: e-mail, address and roles.");
        return app;
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> GetAsync(HttpContext context, AccountService accounts, CancellationToken cancellationToken) =>
        context.User.GetUserId() is { } userId && await accounts.FindAsync(userId, cancellationToken) is { } account
            ? TypedResults.Ok(AccountResponse.From(account))
            : ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", AuthenticationProblems.SignInRequired);
}
