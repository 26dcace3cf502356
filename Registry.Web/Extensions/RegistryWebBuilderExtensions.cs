using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Registry.Core;
using Registry.Core.Persistence;
using Registry.Web.Accounts;
using Registry.Web.Components.Notifications;
using Registry.Web.Components.Shared;
using Registry.Web.Localization;

namespace Registry.Web.Extensions;

public static class RegistryWebBuilderExtensions
{
    public static WebApplicationBuilder AddRegistryWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRegistryCore(builder.Configuration, builder.Environment.ContentRootPath);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<BrowserUpload>();
        builder.Services.AddScoped<ProblemText>();
        builder.Services.AddScoped<NotificationSignal>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(SupportedCultures.Default)
                .AddSupportedCultures(SupportedCultures.All)
                .AddSupportedUICultures(SupportedCultures.All);
            o.RequestCultureProviders.Insert(0, new CookieRequestCultureProvider());
        });

        // Antiforgery, sign-in cookies and account keys share Data Protection's key ring in the data folder (AddRegistryCore).
        builder.Services.AddAntiforgery();
        builder.Services.AddRegistryAuthentication();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        // Uploads stream through the endpoints with their own limit; Kestrel's default 30 MB cap would cut them off first.
        var maxUpload = builder.Configuration.GetValue<long?>($"{StorageOptions.Section}:{nameof(StorageOptions.MaxUploadBytes)}") ?? new StorageOptions().MaxUploadBytes;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxUpload + UploadOverheadBytes);
        return builder;
    }

    /// <summary>Room for the multipart boundaries and the text fields sent with a file.</summary>
    public const long UploadOverheadBytes = 1024 * 1024;
}
