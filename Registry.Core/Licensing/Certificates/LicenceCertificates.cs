using System.Globalization;
using Registry.Core.Chain;

namespace Registry.Core.Licensing.Certificates;

/// <summary>
/// Licence certificates from the indexed chain data: the facts, and the PDF for the licence's holder or buyer. The QR
/// code links to <c>{baseUrl}/licences/{id}</c>, the public page that says whether the licence is valid now.
/// </summary>
public sealed class LicenceCertificates(LicenceCatalog catalog, IChainConnectionProvider chain)
{
    public static Uri PublicPage(Uri baseUrl, long licenceId) =>
        new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/licences/{licenceId.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>What the certificate of a licence states; null when the licence (or its work) is not indexed.</summary>
    /// <exception cref="ChainUnavailableException">The chain, or its licensing contract, is not known.</exception>
    public async Task<LicenceCertificateFacts?> GetFactsAsync(long licenceId, Uri baseUrl, CancellationToken cancellationToken = default)
    {
        var details = await catalog.GetAsync(licenceId, cancellationToken);
        return details is null ? null : await FactsAsync(details, baseUrl, cancellationToken);
    }

    /// <summary>The certificate as a PDF, for the licence's current holder or its buyer only.</summary>
    /// <param name="requester">The address of the signed-in account asking.</param>
    /// <exception cref="ChainUnavailableException">The chain, or its licensing contract, is not known.</exception>
    public async Task<CertificateOutcome> RenderForAsync(string requester, long licenceId, Uri baseUrl, CancellationToken cancellationToken = default)
    {
        var details = await catalog.GetAsync(licenceId, cancellationToken);
        var facts = details is null ? null : await FactsAsync(details, baseUrl, cancellationToken);
        if (details is null || facts is null)
            return CertificateOutcome.Refused(CertificateRefusal.UnknownLicence, $"There is no licence #{licenceId.ToString(CultureInfo.InvariantCulture)}.");
        var who = requester.Trim().ToLowerInvariant();
        if (who != details.Licence.Holder && who != details.Licence.Buyer)
            return CertificateOutcome.Refused(CertificateRefusal.NotHolderOrBuyer,
                $"Only the holder or the buyer of licence #{licenceId.ToString(CultureInfo.InvariantCulture)} can download its certificate.");
        return CertificateOutcome.Rendered(LicenceCertificate.Render(facts));
    }

    private async Task<LicenceCertificateFacts?> FactsAsync(LicenceDetails details, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (details.Work is not { } work) return null;
        var connection = await chain.GetAsync(cancellationToken);
        var licence = details.Licence;
        return new LicenceCertificateFacts(
            licence.LicenceId,
            work.WorkId,
            string.IsNullOrWhiteSpace(work.Title) ? $"Work #{work.WorkId.ToString(CultureInfo.InvariantCulture)}" : work.Title,
            work.ContentHash,
            licence.Holder,
            UsageText(licence.Usage),
            TerritoryText(licence.Territories),
            licence.Exclusive,
            licence.Transferable,
            licence.ValidFrom,
            licence.ValidUntil,
            PriceText(licence),
            licence.TransactionHash,
            licence.BlockNumber,
            connection.ChainId,
            connection.RequireLicensing(),
            PublicPage(baseUrl, licence.LicenceId));
    }

    /// <summary>The certificate is bilingual throughout, like its labels.</summary>
    private static string UsageText(LicenceUsage usage) => usage switch
    {
        LicenceUsage.Personal => "Personal · 个人",
        LicenceUsage.Editorial => "Editorial · 编辑",
        LicenceUsage.Commercial => "Commercial · 商业",
        LicenceUsage.Broadcast => "Broadcast · 广播",
        LicenceUsage.Derivative => "Derivative works · 衍生作品",
        _ => usage.ToString(),
    };

    private static string TerritoryText(string territories) =>
        territories.Length == 0 ? "Worldwide · 全球" : string.Join(", ", territories.Split(',', StringSplitOptions.RemoveEmptyEntries));

    private static string PriceText(Licence licence) =>
        licence.Currency == NativeAmount.NativeCurrency
            ? NativeAmount.Format(licence.Price)
            : $"{licence.Price} (smallest units of the token {licence.Currency})";
}
