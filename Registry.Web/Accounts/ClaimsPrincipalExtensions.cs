using System.Security.Claims;

namespace Registry.Web.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in account's id (<see cref="ClaimTypes.NameIdentifier"/>), from the cookie or the API token alike; null when anonymous.</summary>
    public static string? GetUserId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
