using Registry.Web.Api;
using Registry.Web.Components;
using Registry.Web.Localization;

namespace Registry.Web.Extensions;

public static class RegistryWebApplicationExtensions
{
    public static WebApplication UseRegistryWeb(this WebApplication app)
    {
        // No stack traces for anyone: API callers get problem details, people get the error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ProblemResponses.WriteUnhandledAsync,
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapCultureEndpoint();
        app.MapWorksApi();
        app.MapRegistrationsApi();
        app.MapVerifyApi();
        app.MapAccountApi();
        app.MapLicensingActionsApi();
        app.MapLicencesApi();
        app.MapRoyaltiesApi();
        app.MapDisputesApi();
        app.MapStatusApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
