using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;

namespace Registry.Core.Licensing.Certificates;

/// <summary>
/// Renders a licence certificate: one A4 page with the licence's facts, its transaction, and a QR code (drawn as
/// vector squares, also a link) to the public page where anyone can see whether the licence is valid now.
/// </summary>
public static class LicenceCertificate
{
    private const double Margin = 56;
    private const double LabelWidth = 150;
    private const double QrSide = 132;

    public static byte[] Render(LicenceCertificateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        CertificateFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Licence #{facts.LicenceId} — {facts.WorkTitle}";
        document.Info.Subject = $"Licence #{facts.LicenceId} for work #{facts.WorkId}, held by {facts.Licensee}";
        document.Info.Keywords = facts.PublicPage.AbsoluteUri;
        document.Info.Creator = "Registry";

        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(CertificateFonts.Family, 22, XFontStyleEx.Bold);
            var heading = new XFont(CertificateFonts.Family, 13, XFontStyleEx.Bold);
            var label = new XFont(CertificateFonts.Family, 9.5, XFontStyleEx.Bold);
            var body = new XFont(CertificateFonts.Family, 9.5, XFontStyleEx.Regular);
            var width = page.Width.Point - 2 * Margin;
            var y = Margin;

            gfx.DrawString("Licence certificate · 许可证书", title, XBrushes.Black, new XRect(Margin, y, width, 30), XStringFormats.TopLeft);
            y += 40;
            var formatter = new XTextFormatter(gfx);
            formatter.DrawString(facts.WorkTitle, heading, XBrushes.Black, new XRect(Margin, y, width - QrSide - 16, 40), XStringFormats.TopLeft);
            DrawQr(gfx, page, facts.PublicPage, new XRect(Margin + width - QrSide, Margin + 36, QrSide, QrSide));
            y += 48;

            foreach (var (name, value) in Rows(facts))
            {
                gfx.DrawString(name, label, XBrushes.DimGray, new XRect(Margin, y, LabelWidth, 14), XStringFormats.TopLeft);
                var valueWidth = y < Margin + 36 + QrSide ? width - LabelWidth - QrSide - 16 : width - LabelWidth;
                var lines = Math.Max(1, (int)Math.Ceiling(gfx.MeasureString(value, body).Width / valueWidth));
                formatter.DrawString(value, body, XBrushes.Black, new XRect(Margin + LabelWidth, y, valueWidth, 14 * lines), XStringFormats.TopLeft);
                y += 14 * lines + 8;
            }

            y += 12;
            var note = "Scan the code or open the address above to see whether this licence is valid now; the chain record, "
                + "not this paper, is authoritative. · 扫描二维码或打开上方地址，查看此许可当前是否有效；以链上记录为准。";
            formatter.DrawString(note, body, XBrushes.DimGray, new XRect(Margin, y, width, 60), XStringFormats.TopLeft);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static IEnumerable<(string Label, string Value)> Rows(LicenceCertificateFacts facts)
    {
        var invariant = CultureInfo.InvariantCulture;
        yield return ("Licence · 许可", "#" + facts.LicenceId.ToString(invariant));
        yield return ("Work · 作品", "#" + facts.WorkId.ToString(invariant));
        yield return ("SHA-256", facts.ContentHash);
        yield return ("Licensee · 被许可人", facts.Licensee);
        yield return ("Usage · 用途", facts.Usage);
        yield return ("Territory · 地域", facts.Territory);
        yield return ("Exclusive · 独占", facts.Exclusive ? "yes · 是" : "no · 否");
        yield return ("Transferable · 可转让", facts.Transferable ? "yes · 是" : "no · 否");
        yield return ("Valid from · 生效", facts.ValidFrom.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", invariant));
        yield return ("Valid until · 到期", facts.ValidUntil is { } until
            ? until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", invariant)
            : "perpetual · 永久");
        yield return ("Price paid · 价格", facts.PricePaid);
        yield return ("Transaction · 交易", facts.TransactionHash);
        yield return ("Block · 区块", facts.BlockNumber.ToString(invariant) + " (chain " + facts.ChainId.ToString(invariant) + ")");
        yield return ("Contract · 合约", facts.LicensingContract);
        yield return ("Check · 查验", facts.PublicPage.AbsoluteUri);
    }

    private static void DrawQr(XGraphics gfx, PdfPage page, Uri target, XRect area)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(target.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var modules = code.ModuleMatrix;
        var size = area.Width / modules.Count;
        for (var row = 0; row < modules.Count; row++)
            for (var column = 0; column < modules.Count; column++)
                if (modules[row][column])
                    gfx.DrawRectangle(XBrushes.Black, area.X + column * size, area.Y + row * size, size, size);
        // The code is also a link, for readers of the PDF on a screen.
        var rect = gfx.Transformer.WorldToDefaultPage(area);
        page.AddWebLink(new PdfSharp.Pdf.PdfRectangle(rect), target.AbsoluteUri);
    }
}
