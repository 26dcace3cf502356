using System.Text;
using Microsoft.Playwright;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Registry.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Web.EndToEnd;

/// <summary>
/// In real Chromium against the real app and its dev chain: a creator publishes an offer, a second account buys it,
/// the certificate downloads and its QR link says valid, and the creator sees the sale in the report and withdraws
/// exactly the price (the dev chain charges no platform fee).
/// </summary>
[Collection("browser")]
public sealed class LicensingJourneyTests(BrowserFixture browser)
{
    private const string Price = "0.012345678901234567";
    private const string PriceWei = "12345678901234567";

    [Fact]
    public async Task PublishAnOffer_AnotherAccountBuysIt_CertificateSaysValid_CreatorWithdrawsThePrice()
    {
        using var files = new TempDirectory();
        var creator = await browser.NewPageAsync();
        await creator.SignUpAsync();
        var text = TestFiles.Write(files, "harbour.txt", Encoding.UTF8.GetBytes($"Harbour at dawn, a poem {Guid.NewGuid():N}. The boats come in."));
        await creator.FillRegistrationAsync("Harbour at dawn", text);
        await creator.GetByTestId("register").ClickAsync();
        var workId = (await creator.GetByTestId("result-work-id").InnerTextAsync(new() { Timeout = 60_000 })).TrimStart('#');

        await creator.GotoAsync($"/works/{workId}");
        await creator.WaitForInteractiveAsync("offer-publish");
        await creator.Field("offer-price-input").FillAsync(Price);
        await creator.Field("offer-duration-input").FillAsync("365");
        await creator.Field("offer-territories-input").FillAsync("de, FR");
        await creator.Field("offer-terms-input").FillAsync("One advertising campaign in print and online.");
        await creator.GetByTestId("offer-publish").ClickAsync();
        await Expect(creator.GetByTestId("offer-published")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var offer = creator.GetByTestId("offer");
        await Expect(offer.GetByTestId("offer-price")).ToHaveTextAsync($"{Price} ETH", new() { Timeout = 30_000 });
        await Expect(offer.GetByTestId("offer-territory")).ToContainTextAsync("DE, FR");

        var buyer = await browser.NewPageAsync();
        await buyer.SignUpAsync();
        await buyer.GotoAsync($"/works/{workId}");
        await buyer.WaitForInteractiveAsync("buy-licence");
        await buyer.GetByTestId("buy-licence").ClickAsync();
        await Expect(buyer.GetByTestId("buy-dialog")).ToContainTextAsync($"{Price} ETH");
        await buyer.GetByTestId("buy-confirm").ClickAsync();
        var done = buyer.GetByTestId("buy-done");
        await Expect(done).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var licenceId = await done.GetAttributeAsync("data-licence-id");
        Assert.False(string.IsNullOrEmpty(licenceId));

        await done.GetByTestId("buy-my-licences").ClickAsync();
        var row = buyer.Locator($"[data-testid=licence-row][data-licence-id='{licenceId}']");
        await Expect(row.GetByTestId("licence-status")).ToHaveTextAsync("Valid", new() { Timeout = 30_000 });
        var download = await buyer.RunAndWaitForDownloadAsync(() => row.GetByTestId("licence-certificate").ClickAsync());
        var checkPage = QrLinkOf(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.EndsWith($"/licences/{licenceId}", checkPage);

        var anyone = await browser.NewPageAsync();
        await anyone.GotoAsync(checkPage);
        await Expect(anyone.GetByTestId("licence-verdict")).ToHaveAttributeAsync("data-status", "Valid");

        await creator.GotoAsync("/earnings");
        await Expect(creator.GetByTestId("royalty-total-amount")).ToHaveAttributeAsync("data-wei", PriceWei, new() { Timeout = 30_000 });
        await Expect(creator.GetByTestId("withdrawable")).ToHaveAttributeAsync("data-wei", PriceWei);
        await creator.WaitForInteractiveAsync("withdraw");
        await creator.GetByTestId("withdraw").ClickAsync();
        await Expect(creator.GetByTestId("withdraw-done")).ToHaveAttributeAsync("data-wei", PriceWei, new() { Timeout = 60_000 });
        await Expect(creator.GetByTestId("withdrawable")).ToHaveAttributeAsync("data-wei", "0");
    }

    /// <summary>The address the certificate's QR code links to (the code is also a link annotation).</summary>
    private static string QrLinkOf(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var annotations = document.Pages[0].Elements.GetArray("/Annots")!;
        var link = (PdfDictionary)((PdfReference)annotations.Elements[0]).Value;
        return link.Elements.GetDictionary("/A")!.Elements.GetString("/URI");
    }
}
