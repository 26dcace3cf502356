using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Registry.Core.Accounts;

namespace Registry.Web.Accounts;

public static class AccountsWebExtensions
{
    /// <summary>
    /// Cookie sign-in for people (HttpOnly, SameSite=Lax, Secure over HTTPS, sliding 14 days) and Bearer API tokens
    /// for integrators, behind one policy scheme so every endpoint takes either; one authorization policy per role.
    /// </summary>
    public static IServiceCollection AddRegistryAuthentication(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(RegistryUser), typeof(IdentityRole), services).AddSignInManager();
        // Roles granted meanwhile (Moderator) reach a signed-in browser within a minute, without signing out.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = RegistryAuthentication.Scheme;
                o.DefaultChallengeScheme = RegistryAuthentication.Scheme;
                o.DefaultForbidScheme = RegistryAuthentication.Scheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignOutScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(RegistryAuthentication.Scheme, "Cookie or API token", o =>
                o.ForwardDefaultSelector = context => RegistryAuthentication.HasBearerToken(context.Request)
                    ? RegistryAuthentication.ApiTokenScheme
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "registry.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = RegistryAuthentication.CookieLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = RegistryAuthentication.SignInPath;
                o.LogoutPath = RegistryAuthentication.SignOutPath;
                o.AccessDeniedPath = RegistryAuthentication.DeniedPath;
                o.ReturnUrlParameter = "returnUrl";
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                    // The API answers with problem details; only pages redirect to the sign-in form.
                    OnRedirectToLogin = context => AuthenticationProblems.IsApi(context.Request)
                        ? AuthenticationProblems.WriteUnauthorizedAsync(context.HttpContext, AuthenticationProblems.SignInRequired)
                        : Redirect(context),
                    OnRedirectToAccessDenied = context => AuthenticationProblems.IsApi(context.Request)
                        ? AuthenticationProblems.WriteForbiddenAsync(context.HttpContext)
                        : Redirect(context),
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(RegistryAuthentication.ApiTokenScheme, null);

        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in RegistryRoles.All)
            authorization.AddPolicy(role, policy => policy.RequireRole(role));
        services.AddCascadingAuthenticationState();
        return services;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
