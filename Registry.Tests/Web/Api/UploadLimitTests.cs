using System.Net;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>An app configured with a 1 MiB upload limit, so that "too large" is tested without sending 512 MiB.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private RegistryAppProcess _app = default!;

    public async Task InitializeAsync() =>
        _app = await RegistryAppProcess.StartAsync(new Dictionary<string, string> { ["Storage:MaxUploadBytes"] = "1048576" });

    [Fact]
    public async Task Register_WhenFileExceedsTheLimit_Returns413AndKeepsNothing()
    {
        using var api = await ApiClient.ForNewCreatorAsync(_app);

        var response = await api.RegisterAsync(TestFiles.Unique(1024 * 1024 + 1), "Too big");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is larger than the limit of 1 MiB.", await ApiClient.DetailAsync(response));
        Assert.Empty(Directory.GetFiles(Path.Combine(_app.DataDirectory, "uploads")));
    }

    [Fact]
    public async Task Verify_WhenFileExceedsTheLimit_Returns413()
    {
        using var api = new ApiClient(_app.BaseUrl);

        var response = await api.VerifyAsync(TestFiles.Unique(3 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is larger than the limit of 1 MiB.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Register_FromABrowserSignedInByCookieButWithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = new Browser(_app.BaseUrl);
        await TestAccounts.SignUpAsync(browser);
        var form = new MultipartFormDataContent { { new StringContent("Forged"), "title" }, { new ByteArrayContent(TestFiles.Unique()), "file", "forged.bin" } };

        var response = await browser.Http.PostAsync("/api/works", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The form has expired or did not come from this site. Reload the page and try again.", await ApiClient.DetailAsync(response));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
