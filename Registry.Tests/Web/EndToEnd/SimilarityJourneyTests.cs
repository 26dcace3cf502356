using Registry.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>In real Chromium: a resized copy of a registered picture is held for the creator's confirmation, and Verify finds the original from a re-encoded copy.</summary>
[Collection("browser")]
public sealed class SimilarityJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RegisterAResizedCopy_ConfirmItIsMine_ThenVerifyARecompressedCopyFindsTheOriginal()
    {
        using var files = new TempDirectory();
        var seed = Random.Shared.Next();
        var original = TestFiles.Write(files, "orchard.png", TestPictures.Discs(seed));
        var resized = TestFiles.Write(files, "orchard-small.png", TestPictures.Discs(seed, 128));
        var recompressed = TestFiles.Write(files, "orchard.jpg", TestPictures.Discs(seed, jpeg: true));
        var page = await browser.NewPageAsync();
        await page.SignUpAsync();

        await page.FillRegistrationAsync("Orchard in bloom", original);
        await page.GetByTestId("register").ClickAsync();
        var originalId = (await page.GetByTestId("result-work-id").InnerTextAsync(new() { Timeout = 60_000 })).TrimStart('#');
        await page.GotoAsync($"/works/{originalId}");
        await Expect(page.GetByTestId("work-title")).ToHaveTextAsync("Orchard in bloom");

        await page.FillRegistrationAsync("Orchard, small", resized);
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("problem")).ToHaveTextAsync("Registered works look very much like this file.");
        await Expect(page.GetByTestId("similar-work")).ToContainTextAsync($"#{originalId} Orchard in bloom");
        await page.Locator("input[data-testid=confirm-own-work], [data-testid=confirm-own-work] input").CheckAsync();
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("registration-result")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await page.GotoAsync("/verify");
        await page.WaitForInteractiveAsync("verify-file");
        await page.GetByTestId("verify-file").SetInputFilesAsync(recompressed);
        await Expect(page.GetByTestId("verdict-not-registered")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("similar-work").Filter(new() { HasText = $"#{originalId} Orchard in bloom" })).ToHaveCountAsync(1);
    }
}
