using Microsoft.Playwright;

namespace Registry.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), and one instance of the real app, shared by
/// the browser tests of a run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public RegistryAppProcess App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Two cores shared by the app, anvil, Chromium and the other test collections: give assertions room.
        Assertions.SetDefaultExpectTimeout(15_000);
        App = await RegistryAppProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(LaunchOptions());
    }

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ChromiumPath(),
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    };

    /// <summary>A new browser context and page, as a new visitor, with the app as base URL.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = locale ?? "en-US" });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
            if (File.Exists(candidate)) return candidate;
        throw new InvalidOperationException("Chromium is not installed: the test script installs it with apt (apt-get install chromium).");
    }
}
