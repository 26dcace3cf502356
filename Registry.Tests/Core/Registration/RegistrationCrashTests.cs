using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Registration;

[Collection("chain")]
public sealed class RegistrationCrashTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Process_WhenSignedButNeverSent_SendsThatSameTransactionOnResume()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var outcome = await host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(TestFiles.Unique()), "w.bin",
            new WorkDetails("Crash", "", WorkKind.Other, []), null, CancellationToken.None);
        var id = outcome.RegistrationId!.Value;
        string signedHash;
        // Play a process that signed and recorded the transaction, then died before sending it.
        await using (var db = await host.DbAsync())
        {
            var registration = await db.Registrations.FindAsync(id);
            registration!.MarkStored(Cid.Raw(new byte[32]).ToString(), DateTimeOffset.UtcNow);
            Sha256Hex.TryParse(registration.Sha256, out var hash);
            var signed = await host.Get<WorkRegistryGateway>().SignRegistrationAsync(hash, Cid.Parse(registration.Cid), Cid.Raw(new byte[32]), 0, split: null, CancellationToken.None);
            registration.MarkSubmitted(signed.Raw, signed.Hash, DateTimeOffset.UtcNow);
            signedHash = signed.Hash;
            await db.SaveChangesAsync();
        }
        Assert.False(await host.Get<WorkRegistryGateway>().IsKnownAsync(signedHash, CancellationToken.None));

        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var done = (await host.Get<RegistrationService>().GetAsync(id))!;
        Assert.Equal(RegistrationState.Confirmed, done.State);
        Assert.Equal(signedHash, done.TransactionHash);
    }
}
