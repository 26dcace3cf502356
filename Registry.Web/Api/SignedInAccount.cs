using Microsoft.AspNetCore.Http.HttpResults;
using Registry.Core.Accounts;
using Registry.Web.Accounts;

namespace Registry.Web.Api;

internal static class SignedInAccount
{
    /// <summary>The signed-in account's address (lower-case hex); null when anonymous or the account is gone.</summary>
    public static async Task<string?> AddressAsync(HttpContext context, AccountService accounts, CancellationToken cancellationToken) =>
        context.User.GetUserId() is { } userId && await accounts.FindAsync(userId, cancellationToken) is { } account ? account.Address : null;

    public static ProblemHttpResult SignInRequired() =>
        ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", AuthenticationProblems.SignInRequired);
}
