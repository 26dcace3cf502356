using System.Text.Json;
using Registry.Core.ContentStore;
using Registry.Core.Fingerprints;
using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Verification;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Similarity;

/// <summary>A resized copy of a registered picture: the gate asks the creator to confirm, and Verify leads to the original.</summary>
[Collection("chain")]
public sealed class NearDuplicateGateTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Receive_AResizedCopy_AsksForConfirmation_ThenRecordsTheNearestWork()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var seed = 7;
        var originalId = await RegisterAndIndexAsync(host, TestPictures.Discs(seed));

        var refused = await Receive(host, TestPictures.Discs(seed, 128), confirm: false);

        Assert.Equal(ProblemCode.NearDuplicate, refused.Problem!.Code);
        Assert.Equal(originalId, Assert.Single(refused.Problem.Similar!).Work.WorkId);
        Assert.Matches($@"^Registered works look very much like this file: #{originalId} \(distance \d+\)\. Confirm that it is your own work to register it\.$", refused.Problem.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")));

        var accepted = await Receive(host, TestPictures.Discs(seed, 128), confirm: true);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var registration = (await host.Get<RegistrationService>().GetAsync(accepted.RegistrationId!.Value))!;
        Assert.Equal(RegistrationState.Confirmed, registration.State);
        Assert.Equal(originalId, registration.NearestPriorWork);
        var metadata = await ReadMetadataAsync(host, registration.MetadataCid!);
        Assert.Equal(originalId, metadata.NearestPriorWork);
        Assert.True(metadata.ConfirmedOwnWork);
        Assert.Equal("image", metadata.FingerprintKind);
    }

    [Fact]
    public async Task Receive_AnUnrelatedPicture_GoesThroughWithoutAsking()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterAndIndexAsync(host, TestPictures.Discs(11));

        var outcome = await Receive(host, TestPictures.Discs(12), confirm: false);

        Assert.Null(outcome.Problem);
    }

    [Fact]
    public async Task Verify_ARecompressedCopy_LeadsToTheOriginal()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var originalId = await RegisterAndIndexAsync(host, TestPictures.Discs(21));

        var result = await host.Get<VerificationService>().VerifyAsync(new MemoryStream(TestPictures.Discs(21, jpeg: true)), CancellationToken.None);

        Assert.False(result.Registered);
        var match = Assert.Single(result.Similar);
        Assert.Equal(originalId, match.Work.WorkId);
        Assert.InRange(match.Similarity, 0.84, 1.0);
    }

    private static async Task<long> RegisterAndIndexAsync(CoreHost host, byte[] content)
    {
        var outcome = await Receive(host, content, confirm: false);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await host.Get<MetadataResolver>().ResolvePendingAsync(CancellationToken.None);
        return (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!.WorkId!.Value;
    }

    private static Task<ReceiveOutcome> Receive(CoreHost host, byte[] content, bool confirm) =>
        host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(content), "picture.png",
            new WorkDetails("Picture", "", WorkKind.Image, [], ConfirmOwnWork: confirm), null, CancellationToken.None);

    private static async Task<MetadataDocument> ReadMetadataAsync(CoreHost host, string cid)
    {
        await using var stream = await host.Get<IContentStore>().OpenReadAsync(Cid.Parse(cid), CancellationToken.None);
        return (await JsonSerializer.DeserializeAsync<MetadataDocument>(stream))!;
    }
}
