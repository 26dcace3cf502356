using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Registry.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>A new visitor in real Chromium against the real app (its own anvil chain, content store and SQLite); those who register sign up first.</summary>
[Collection("browser")]
public sealed partial class RegisterJourneyTests(BrowserFixture browser)
{
    private static readonly TimeSpan Confirmation = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Register_ThenFindInSearch_VerifyTheFile_AndBeRefusedTheSecondTime()
    {
        using var files = new TempDirectory();
        var title = $"Harbour at dawn {Guid.NewGuid():N}"[..32];
        var path = TestFiles.Write(files, "harbour.bin", TestFiles.Unique());
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();

        await page.FillRegistrationAsync(title, path, tags: "sea, morning");
        await page.GetByTestId("register").ClickAsync();
        var result = page.GetByTestId("registration-result");
        await Expect(result).ToBeVisibleAsync(new() { Timeout = (float)Confirmation.TotalMilliseconds });
        var workId = (await page.GetByTestId("result-work-id").InnerTextAsync()).TrimStart('#');
        await Expect(page.GetByTestId("result-owner")).ToHaveTextAsync(OwnerAddress());
        await Expect(page.GetByTestId("result-tx")).ToHaveTextAsync(TxHash());

        await page.GetByTestId("result-link").ClickAsync();
        await Expect(page.GetByTestId("work-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("timeline-event").First).ToHaveTextAsync("Registered");
        await Expect(page.GetByTestId("download")).ToBeVisibleAsync();

        await page.GotoAsync("/search");
        await page.WaitForInteractiveAsync("search-button");
        await page.Field("search-input").FillAsync(title);
        await page.GetByTestId("search-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Harbour"));
        await Expect(page.GetByTestId("result-title")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("result-title")).ToHaveTextAsync(title);

        await page.GotoAsync("/verify");
        await page.WaitForInteractiveAsync("verify-file");
        await page.GetByTestId("verify-file").SetInputFilesAsync(path);
        await Expect(page.GetByTestId("verdict-registered")).ToContainTextAsync($"Registered as work #{workId} by 0x");

        await page.FillRegistrationAsync("Someone else's harbour", path);
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("problem")).ToContainTextAsync(new Regex($@"Already registered as work #{workId} by 0x[0-9a-f]{{40}} on "));
        await Expect(page.GetByTestId("existing-work")).ToHaveAttributeAsync("href", $"/works/{workId}");
    }

    [Fact]
    public async Task Verify_WhenTheFileIsNotRegistered_SaysSo()
    {
        using var files = new TempDirectory();
        var path = TestFiles.Write(files, "never-registered.bin", TestFiles.Unique());
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/verify");
        await page.WaitForInteractiveAsync("verify-file");
        await page.GetByTestId("verify-file").SetInputFilesAsync(path);

        await Expect(page.GetByTestId("verdict-not-registered")).ToHaveTextAsync("Not registered: no work has exactly this content.");
    }

    [Fact]
    public async Task Register_WhenTitleHasMarkupAndScript_ShowsThemAsText()
    {
        using var files = new TempDirectory();
        var title = "<script>window.__injected = 1</script><b>bold</b>";
        var path = TestFiles.Write(files, "markup.txt", TestFiles.Unique());
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();

        await page.FillRegistrationAsync(title, path, tags: "<img src=x onerror=alert(1)>");
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("result-title")).ToHaveTextAsync(title, new() { Timeout = (float)Confirmation.TotalMilliseconds });
        await page.GetByTestId("result-link").ClickAsync();

        await Expect(page.GetByTestId("work-title")).ToHaveTextAsync(title);
        Assert.Equal(0, await page.GetByTestId("work-title").Locator("b").CountAsync());
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__injected === undefined"));
    }

    [Fact]
    public async Task Register_WhenTheFileIsEmpty_SaysSoAndUploadsNothing()
    {
        using var files = new TempDirectory();
        var path = TestFiles.Write(files, "empty.txt", []);
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();

        await page.FillRegistrationAsync("Nothing at all", path);
        await page.GetByTestId("register").ClickAsync();

        await Expect(page.GetByTestId("problem")).ToHaveTextAsync("The file is empty.");
        await Expect(page.GetByTestId("registration-progress")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Register_WithoutATitle_AsksForOne()
    {
        using var files = new TempDirectory();
        var path = TestFiles.Write(files, "untitled.bin", TestFiles.Unique());
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();

        await page.FillRegistrationAsync("", path);
        await page.GetByTestId("register").ClickAsync();

        await Expect(page.GetByTestId("problem")).ToHaveTextAsync("A title is required.");
    }

    [Fact]
    public async Task LanguageSwitch_ToSimplifiedChinese_TranslatesTheAppBar()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        await page.WaitForInteractiveAsync("search-button");

        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-zh").ClickAsync();

        await Expect(page.GetByTestId("nav-register")).ToHaveTextAsync("登记");
        await Expect(page.GetByTestId("search-button")).ToHaveTextAsync("搜索");
        await Expect(page).ToHaveURLAsync(new Regex("/search$"));
    }

    [GeneratedRegex("^0x[0-9a-f]{40}$")]
    private static partial Regex OwnerAddress();

    [GeneratedRegex("^0x[0-9a-f]{64}$")]
    private static partial Regex TxHash();
}
