using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Registry.Core.Licensing.Certificates;

namespace Registry.Tests.Core.Licensing;

public sealed class LicenceCertificateTests
{
    private static readonly Uri PublicPage = new("http://127.0.0.1:5080/licences/42");

    private static LicenceCertificateFacts Facts(string title = "Harbour at dawn") => new(
        LicenceId: 42, WorkId: 7, WorkTitle: title, ContentHash: new string('a', 64),
        Licensee: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", Usage: "Commercial", Territory: "DE, FR",
        Exclusive: false, Transferable: true, ValidFrom: new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
        ValidUntil: new DateTimeOffset(2027, 11, 25, 10, 0, 0, TimeSpan.Zero), PricePaid: "0.05 ETH",
        TransactionHash: "0x" + new string('b', 64), BlockNumber: 123, ChainId: 31337,
        LicensingContract: "0x5FbDB2315678afecb367f032d93F64180aa3", PublicPage: PublicPage);

    [Fact]
    public void Render_WhenGivenFacts_IsOnePageWithTheLicenceInItsMetadata()
    {
        using var document = Open(LicenceCertificate.Render(Facts()));

        Assert.Equal(1, document.PageCount);
        Assert.Equal("Licence #42 — Harbour at dawn", document.Info.Title);
        Assert.Equal("Licence #42 for work #7, held by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8", document.Info.Subject);
    }

    [Fact]
    public void Render_TheQrCodeIsALinkToThePublicPage()
    {
        using var document = Open(LicenceCertificate.Render(Facts()));

        var annotations = document.Pages[0].Elements.GetArray("/Annots")!;
        var links = Enumerable.Range(0, annotations.Elements.Count)
            .Select(i => ((PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)annotations.Elements[i]).Value).Elements.GetDictionary("/A")?.Elements.GetString("/URI"))
            .ToList();
        Assert.Equal([PublicPage.AbsoluteUri], links);
    }

    [Fact]
    public void Render_WhenTitleIsChinese_EmbedsTheChineseFont()
    {
        var bytes = LicenceCertificate.Render(Facts("港口的清晨"));
        using var document = Open(bytes);

        Assert.Equal("Licence #42 — 港口的清晨", document.Info.Title);
        Assert.Contains("+Noto#20Sans#20SC#20Regular", System.Text.Encoding.Latin1.GetString(bytes));
    }

    private static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
}
