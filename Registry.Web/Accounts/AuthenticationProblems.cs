using Registry.Web.Api;

namespace Registry.Web.Accounts;

/// <summary>The 401 and 403 answers of the API, as problem details with a detail a caller can act on.</summary>
public static class AuthenticationProblems
{
    public const string SignInRequired = "Sign in, or send an API token as 'Authorization: Bearer <token>', to do this.";
    public const string UnknownToken = "The API token is not valid. Create one on your account page.";
    public const string RevokedToken = "The API token has been revoked. Create a new one on your account page.";
    public const string NotAllowed = "Your account is not allowed to do this.";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task WriteUnauthorizedAsync(HttpContext context, string detail) =>
        ProblemResponses.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail).ExecuteAsync(context);

    public static Task WriteForbiddenAsync(HttpContext context) =>
        ProblemResponses.Problem(StatusCodes.Status403Forbidden, "Forbidden", NotAllowed).ExecuteAsync(context);
}
