using Registry.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
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
        var original = TestFiles.Write(files, "orchard.png", Picture(seed, 256, jpeg: false));
        var resized = TestFiles.Write(files, "orchard-small.png", Picture(seed, 128, jpeg: false));
        var recompressed = TestFiles.Write(files, "orchard.jpg", Picture(seed, 256, jpeg: true));
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

    private static byte[] Picture(int seed, int size, bool jpeg)
    {
        var random = new Random(seed);
        using var image = new Image<Rgba32>(256, 256);
        var circles = Enumerable.Range(0, 5).Select(_ => (X: random.Next(256), Y: random.Next(256), R: random.Next(25, 85), C: new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)))).ToList();
        for (var y = 0; y < 256; y++)
            for (var x = 0; x < 256; x++)
            {
                var pixel = new Rgba32((byte)x, (byte)y, 90);
                foreach (var c in circles)
                    if ((x - c.X) * (x - c.X) + (y - c.Y) * (y - c.Y) < c.R * c.R) pixel = c.C;
                image[x, y] = pixel;
            }
        if (size != 256) image.Mutate(i => i.Resize(size, size));
        using var output = new MemoryStream();
        if (jpeg) image.SaveAsJpeg(output, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 60 });
        else image.SaveAsPng(output);
        return output.ToArray();
    }
}
