using PdfSharp.Pdf.IO;
using Registry.Core.Chain;
using Registry.Core.Licensing;
using Registry.Core.Licensing.Certificates;
using Registry.Tests.Infrastructure;
using static Registry.Tests.Infrastructure.LicensingRows;

namespace Registry.Tests.Core.Licensing;

/// <summary>Certificate facts taken from seeded rows of a real read model and the chain connection; the PDF only for the holder or buyer.</summary>
public sealed class LicenceCertificatesTests : IAsyncLifetime
{
    private const string LicensingContract = "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0";
    private static readonly Uri BaseUrl = new("https://registry.example/app/");
    private static readonly string Seller = Address('a');
    private static readonly string Holder = Address('b');
    private static readonly string Buyer = Address('c');
    private static readonly DateTimeOffset Until = new(2027, 1, 10, 9, 30, 0, TimeSpan.Zero);

    private readonly SwitchableChain _chain = new(new ChainConnection("http://127.0.0.1:1", 31337, Address('1'), ChainOptions.DevChainSignerKey, 0, WorkLicensingAddress: LicensingContract));
    private ReadModelDatabase _db = default!;
    private Licence _licence = default!;

    public async Task InitializeAsync()
    {
        _db = await ReadModelDatabase.CreateAsync();
        await _db.AddAsync(ReadModelDatabase.Work(7, "港口的清晨, \"Harbour\"", owner: Seller), ReadModelDatabase.Work(8, "", owner: Seller));
        var offer = Offer(3, 7, Seller, price: "50000000000000000", usage: LicenceUsage.Derivative, territories: "DE,FR");
        var untitled = Offer(4, 8, Seller, durationDays: 0);
        _licence = Licence(12, offer, Holder, Until, buyer: Buyer);
        await AddAsync(_db.Factory, offer, untitled, _licence, Licence(13, untitled, Holder, validUntil: null));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private LicenceCertificates Certificates => new(new LicenceCatalog(_db.Factory, TimeProvider.System), _chain);

    [Fact]
    public async Task GetFacts_TakesEveryValueFromTheReadModelAndTheChain()
    {
        var facts = await Certificates.GetFactsAsync(12, BaseUrl);

        var work = ReadModelDatabase.Work(7, "");
        Assert.Equal(
            new LicenceCertificateFacts(12, 7, "港口的清晨, \"Harbour\"", work.ContentHash, Holder, "Derivative works · 衍生作品", "DE, FR",
                false, true, Sold, Until, "0.05 ETH", _licence.TransactionHash, 1, 31337, LicensingContract,
                new Uri("https://registry.example/app/licences/12")),
            facts);
    }

    [Fact]
    public async Task GetFacts_OfAPerpetualWorldwideLicenceOfAnUntitledWork_SaysSo()
    {
        var facts = await Certificates.GetFactsAsync(13, new Uri("http://127.0.0.1:5080"));

        Assert.NotNull(facts);
        Assert.Equal(("Work #8", "Worldwide · 全球", (DateTimeOffset?)null, "Commercial · 商业"), (facts.WorkTitle, facts.Territory, facts.ValidUntil, facts.Usage));
        Assert.Equal("http://127.0.0.1:5080/licences/13", facts.PublicPage.AbsoluteUri);
    }

    [Fact]
    public async Task GetFacts_OfAnUnknownLicence_IsNull()
    {
        Assert.Null(await Certificates.GetFactsAsync(99, BaseUrl));
    }

    [Fact]
    public async Task GetFacts_WhenNoLicensingContractIsConfigured_SaysLicensingIsUnavailable()
    {
        _chain.Current = _chain.Current with { WorkLicensingAddress = null };

        var error = await Assert.ThrowsAsync<ChainUnavailableException>(() => Certificates.GetFactsAsync(12, BaseUrl));

        Assert.Contains("Licensing is unavailable", error.Message);
    }

    [Theory]
    [InlineData('b')]
    [InlineData('c')]
    public async Task RenderFor_TheHolderOrTheBuyer_IsAOnePagePdfOfThatLicence(char requester)
    {
        var outcome = await Certificates.RenderForAsync(Address(requester).ToUpperInvariant().Replace("0X", "0x"), 12, BaseUrl);

        Assert.Null(outcome.Refusal);
        using var document = PdfReader.Open(new MemoryStream(outcome.Pdf!), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal("Licence #12 — 港口的清晨, \"Harbour\"", document.Info.Title);
        Assert.Equal("https://registry.example/app/licences/12", document.Info.Keywords);
    }

    [Fact]
    public async Task RenderFor_SomeoneElse_IsRefused()
    {
        var outcome = await Certificates.RenderForAsync(Seller, 12, BaseUrl);

        Assert.Equal((null, CertificateRefusal.NotHolderOrBuyer, "Only the holder or the buyer of licence #12 can download its certificate."),
            (outcome.Pdf, outcome.Refusal, outcome.Message));
    }

    [Fact]
    public async Task RenderFor_AnUnknownLicence_SaysThereIsNone()
    {
        var outcome = await Certificates.RenderForAsync(Holder, 99, BaseUrl);

        Assert.Equal((CertificateRefusal.UnknownLicence, "There is no licence #99."), (outcome.Refusal, outcome.Message));
    }
}
