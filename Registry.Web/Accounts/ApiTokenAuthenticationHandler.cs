using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Registry.Core.Accounts;

namespace Registry.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer rgt_…</c>: a personal API token, looked up by its hash. The account's current roles
/// are read on every request, so a role granted or a token revoked takes effect at once.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<RegistryUser> users,
    IUserClaimsPrincipalFactory<RegistryUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!RegistryAuthentication.HasBearerToken(Request)) return AuthenticateResult.NoResult();
        var presented = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var check = await tokens.CheckAsync(presented, Context.RequestAborted);
        if (check.Status == ApiTokenStatus.Revoked) return AuthenticateResult.Fail(AuthenticationProblems.RevokedToken);
        if (check.Status != ApiTokenStatus.Valid || await users.FindByIdAsync(check.UserId!) is not { } user)
            return AuthenticateResult.Fail(AuthenticationProblems.UnknownToken);
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        await AuthenticationProblems.WriteUnauthorizedAsync(Context, result.Failure?.Message ?? AuthenticationProblems.SignInRequired);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AuthenticationProblems.WriteForbiddenAsync(Context);
}
