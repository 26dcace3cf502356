using System.Diagnostics;
using Microsoft.Playwright;
using Registry.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>
/// A 100 MiB file from the browser to a confirmed registration, on an app instance of its own so that the
/// server's peak memory belongs to this upload. The figures are printed and kept in Measurements/.
/// </summary>
public sealed class LargeUploadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long Size = 100L * 1024 * 1024;
    private RegistryAppProcess _app = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public async Task InitializeAsync()
    {
        _app = await RegistryAppProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(BrowserFixture.LaunchOptions());
    }

    [Fact]
    public async Task Register_A100MiBFile_ConfirmsWithBoundedServerMemory()
    {
        using var files = new TempDirectory();
        var path = TestFiles.WriteLarge(files, "film.bin", Size);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignUpAsync();
        await page.FillRegistrationAsync($"A long film {Guid.NewGuid():N}", path);
        var before = _app.CurrentMemoryBytes();

        var clock = Stopwatch.StartNew();
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("registration-result")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        clock.Stop();
        var peak = _app.PeakMemoryBytes();

        var report = $"100 MiB upload → confirmed registration: {clock.Elapsed.TotalSeconds:F1} s; server RSS before {before / 1048576} MiB, peak {peak / 1048576} MiB";
        output.WriteLine(report);
        Measurements.Record("upload-100mib", report);
        // Streamed, never whole in memory: the peak stays well below the file's size on top of the idle process.
        Assert.True(peak - before < Size, $"Server memory grew by {(peak - before) / 1048576} MiB for a 100 MiB upload.");
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }
}
