namespace Registry.Web.Accounts;

/// <summary>The app's sign-in schemes: one policy scheme that takes a Bearer API token when sent, and the Identity cookie otherwise.</summary>
public static class RegistryAuthentication
{
    public const string Scheme = "Registry";

    public const string ApiTokenScheme = "ApiToken";

    public const string SignInPath = "/account/signin";
    public const string SignUpPath = "/account/signup";
    public const string SignOutPath = "/account/signout";
    public const string DeniedPath = "/account/denied";

    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(14);

    /// <summary>A request that carries <c>Authorization: Bearer …</c> is judged by its token alone.</summary>
    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
