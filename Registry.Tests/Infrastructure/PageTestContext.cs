using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Registry.Core;
using Registry.Core.Persistence;
using Registry.Web.Components.Notifications;
using Registry.Web.Components.Shared;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// A bunit context with the app's real Core services over a real SQLite file (background services not started),
/// MudBlazor, the app's localization, and JS interop answered by each test's own module setup.
/// </summary>
public sealed class PageTestContext : IAsyncDisposable
{
    private readonly TempDirectory _data = new("registry-bunit");

    /// <param name="configure">Services of a test's own, added before the renderer (and so the service provider) is made.</param>
    public PageTestContext(Action<BunitContext>? configure = null)
    {
        // Dates and numbers are asserted as an English reader sees them; a test may switch the UI language.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _data.Path,
        }).Build();
        Bunit.Services.AddSingleton<IConfiguration>(configuration);
        Bunit.Services.AddLogging();
        Bunit.Services.AddRegistryCore(configuration, _data.Path);
        Bunit.Services.AddMudServices();
        Bunit.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Bunit.Services.AddScoped<BrowserUpload>();
        Bunit.Services.AddScoped<ProblemText>();
        Bunit.Services.AddScoped<NotificationSignal>();
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        configure?.Invoke(Bunit);
        // As in the app's circuit: controls that wait for interactivity (RendererInfo.IsInteractive) are live.
        Bunit.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        UploadModule = Bunit.JSInterop.SetupModule("./js/upload.js");
    }

    public BunitContext Bunit { get; } = new();

    /// <summary>wwwroot/js/upload.js as the page sees it; tests say what describe and send answer.</summary>
    public BunitJSModuleInterop UploadModule { get; }

    public async Task<RegistryDbContext> DbAsync()
    {
        var factory = Bunit.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        var db = await factory.CreateDbContextAsync();
        await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
