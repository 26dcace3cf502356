using Microsoft.AspNetCore.Antiforgery;

namespace Registry.Web.Api;

/// <summary>
/// Uploads are read as a stream, so ASP.NET's form antiforgery check does not run by itself. A request that
/// carries cookies (a browser) must present the page's antiforgery token; integrators calling without cookies
/// have no ambient credentials to forge.
/// </summary>
public sealed class AntiforgeryGuard : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Cookies.Count > 0)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Antiforgery check failed",
                    "The form has expired or did not come from this site. Reload the page and try again.");
        }
        return await next(context);
    }
}
