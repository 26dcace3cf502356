using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Accounts;

/// <summary>A Moderator granted in the app becomes a moderator in the registry contract too.</summary>
[Collection("chain")]
public sealed class ModeratorGrantProcessorTests(AnvilFixture anvil)
{
    [Fact]
    public async Task ProcessPending_GrantsTheRoleOnChainAndMarksTheGrantGranted()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var admin = (await host.Get<AccountService>().CreateAsync("admin@example.org", "correct horse 42", CancellationToken.None)).Account!;
        var moderator = (await host.Get<AccountService>().CreateAsync("mod@example.org", "correct horse 42", CancellationToken.None)).Account!;
        var grant = await host.Get<ModeratorGrants>().GrantAsync(admin.UserId, moderator.UserId);
        Assert.Equal(OnChainState.Pending, grant.OnChainState);

        await host.Get<ModeratorGrantProcessor>().ProcessPendingAsync(CancellationToken.None);

        Assert.True(await host.Get<WorkRegistryGateway>().IsModeratorAsync(moderator.Address, CancellationToken.None));
        var done = Assert.Single(await host.Get<ModeratorGrants>().ListAsync());
        Assert.Equal(OnChainState.Granted, done.OnChainState);
        Assert.Matches("^0x[0-9a-f]{64}$", done.TransactionHash);
    }

    [Fact]
    public async Task ProcessPending_WhenThePlatformIsNotTheRegistrysAdmin_MarksTheGrantFailedWithTheReason()
    {
        // Contracts deployed by someone else: the platform account (#0) holds no admin role there.
        var foreigner = new ContractDeployer(anvil.RpcUrl, AnvilFixture.ChainId, "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
        var foreignRegistry = await foreigner.DeployWorkRegistryAsync(CancellationToken.None);
        var foreignLicensing = await foreigner.DeployWorkLicensingAsync(foreignRegistry, CancellationToken.None);
        var foreignDisputes = await foreigner.DeployWorkDisputesAsync(foreignRegistry, foreignLicensing, 0, 60, CancellationToken.None);
        await using var host = await CoreHost.StartAsync(anvil, foreignRegistry, licensingAddress: foreignLicensing, disputesAddress: foreignDisputes);
        var admin = (await host.Get<AccountService>().CreateAsync("admin@example.org", "correct horse 42", CancellationToken.None)).Account!;
        var moderator = (await host.Get<AccountService>().CreateAsync("mod@example.org", "correct horse 42", CancellationToken.None)).Account!;
        await host.Get<ModeratorGrants>().GrantAsync(admin.UserId, moderator.UserId);

        await host.Get<ModeratorGrantProcessor>().ProcessPendingAsync(CancellationToken.None);

        var failed = Assert.Single(await host.Get<ModeratorGrants>().ListAsync());
        Assert.Equal(OnChainState.Failed, failed.OnChainState);
        Assert.Equal("The platform account is not the registry's admin on this chain, so it cannot grant roles.", failed.Reason);
        Assert.False(await host.Get<WorkRegistryGateway>().IsModeratorAsync(moderator.Address, CancellationToken.None));
    }
}
