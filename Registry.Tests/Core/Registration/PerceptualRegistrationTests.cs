using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Registration;

/// <summary>The perceptual fingerprint travels from the upload to the chain's fingerprint slot and into the read model.</summary>
[Collection("chain")]
public sealed class PerceptualRegistrationTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Receive_AnImage_PutsItsPerceptualHashOnChainAndInTheReadModel()
    {
        await using var host = await CoreHost.StartAsync(anvil);

        var outcome = await Receive(host, TestPictures.Discs(Random.Shared.Next(), 64), "sunrise.png");
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var registration = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        Assert.Equal("image", registration.PerceptualKind);
        Assert.NotNull(registration.PerceptualHash);
        Assert.Equal(RegistrationState.Confirmed, registration.State);
        Assert.Equal(registration.PerceptualHash, (await host.Get<WorkCatalog>().GetAsync(registration.WorkId!.Value))!.Fingerprint);
    }

    [Fact]
    public async Task Receive_AText_FingerprintsItAsText()
    {
        await using var host = await CoreHost.StartAsync(anvil);

        var outcome = await Receive(host, System.Text.Encoding.UTF8.GetBytes($"晨雾中的茶园 {Guid.NewGuid()} tea fields in the morning mist"), "poem.jpg");

        var registration = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        Assert.Equal("text", registration.PerceptualKind);
        Assert.NotEqual(0, registration.PerceptualHash);
    }

    [Fact]
    public async Task Receive_ACorruptImage_IsRefusedWithTheReasonAndKeepsNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        byte[] corrupt = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. TestFiles.Unique(500)];

        var outcome = await Receive(host, corrupt, "broken.png");

        Assert.Equal(ProblemCode.UnreadableContent, outcome.Problem!.Code);
        Assert.Equal("The image is corrupt or truncated and cannot be read.", outcome.Problem.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")));
    }

    private static Task<ReceiveOutcome> Receive(CoreHost host, byte[] content, string name) =>
        host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(content), name, new WorkDetails("Perceptual", "", WorkKind.Image, []), null, CancellationToken.None);
}
