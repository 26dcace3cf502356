using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Registration;

/// <summary>A signed-up creator registers without paying gas: their key signs, the platform relays, the work is theirs.</summary>
[Collection("chain")]
public sealed class CreatorRegistrationTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Process_ForACreatorWithNoEther_MintsTheWorkToTheCreatorsAddress()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var creator = await CreateAccountAsync(host, "maker@example.org");
        Assert.Equal(0m, await host.Get<AccountService>().GetBalanceAsync(creator.Address, CancellationToken.None));

        var id = await ReceiveAsync(host, creator.UserId);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var done = (await host.Get<RegistrationService>().GetAsync(id))!;
        Assert.Equal(RegistrationState.Confirmed, done.State);
        Assert.Equal(creator.Address, done.Owner);
        Assert.Equal(creator.Address, await host.Get<WorkRegistryGateway>().OwnerOfAsync(done.WorkId!.Value, CancellationToken.None));
        Assert.Equal(0m, await host.Get<AccountService>().GetBalanceAsync(creator.Address, CancellationToken.None));
    }

    [Fact]
    public async Task Process_WhenTheSignatureExpiredBeforeItWasSent_SignsAfreshAndConfirms()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var creator = await CreateAccountAsync(host, "late@example.org");
        var id = await ReceiveAsync(host, creator.UserId);
        string staleHash;
        // A process that signed with a deadline, then stayed down past it before sending.
        await using (var db = await host.DbAsync())
        {
            var registration = (await db.Registrations.FindAsync(id))!;
            registration.MarkStored(Cid.Raw(new byte[32]).ToString(), DateTimeOffset.UtcNow);
            Sha256Hex.TryParse(registration.Sha256, out var hash);
            var key = await host.Get<AccountKeys>().UnlockAsync(creator.UserId, CancellationToken.None);
            var deadline = DateTimeOffset.UtcNow.AddMinutes(10);
            var signed = await host.Get<WorkRegistryGateway>().SignRelayedRegistrationAsync(key, deadline, hash, Cid.Parse(registration.Cid), Cid.Raw(new byte[32]), 0, split: null, CancellationToken.None);
            registration.MarkSubmitted(signed.Raw, signed.Hash, DateTimeOffset.UtcNow, deadline);
            staleHash = signed.Hash;
            await db.SaveChangesAsync();
        }
        host.Clock.Advance(TimeSpan.FromHours(2));

        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var done = (await host.Get<RegistrationService>().GetAsync(id))!;
        Assert.True(done.State == RegistrationState.Confirmed, $"{done.State}: {done.PendingReason} {done.FailureReason}");
        Assert.NotEqual(staleHash, done.TransactionHash);
        Assert.False(await host.Get<WorkRegistryGateway>().IsKnownAsync(staleHash, CancellationToken.None));
        Assert.Equal(creator.Address, done.Owner);
    }

    [Fact]
    public async Task Process_WhenTheCreatorAccountIsGone_FailsWithTheReason()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var id = await ReceiveAsync(host, "no-such-account");

        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var failed = (await host.Get<RegistrationService>().GetAsync(id))!;
        Assert.Equal(RegistrationState.Failed, failed.State);
        Assert.Equal(RegistrationIssue.CreatorUnavailable, failed.Issue);
        Assert.StartsWith("The creator's account key cannot be used: ", failed.FailureReason);
    }

    private static async Task<AccountSummary> CreateAccountAsync(CoreHost host, string email)
    {
        var creation = await host.Get<AccountService>().CreateAsync(email, "correct horse 42", CancellationToken.None);
        Assert.Empty(creation.Problems);
        return creation.Account!;
    }

    private static async Task<Guid> ReceiveAsync(CoreHost host, string creatorId)
    {
        var outcome = await host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(TestFiles.Unique()), "w.bin",
            new WorkDetails("Mine", "", WorkKind.Image, []), null, CancellationToken.None, creatorId);
        return outcome.RegistrationId!.Value;
    }
}
