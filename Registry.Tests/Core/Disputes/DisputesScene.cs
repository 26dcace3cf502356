using System.Numerics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Registry.Contracts.WorkDisputes;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Disputes;
using Registry.Core.Persistence;
using Registry.Tests.Core.Licensing;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Disputes;

/// <summary>
/// The Core services on a fresh registry, licensing and disputes contract (the bond and appeal window as the test
/// needs them), with accounts made as the app makes them (the first an Admin), moderators granted the app role and
/// the registry's role, and works registered by their owners and mirrored into the read model.
/// </summary>
internal sealed class DisputesScene(LicensingScene licensing, AnvilFixture anvil, Party admin) : IAsyncDisposable
{
    public static readonly BigInteger Ether = LicensingScene.Ether;

    /// <summary>The dev chain's bond: 0.01 ETH.</summary>
    public static readonly BigInteger Bond = Ether / 100;

    public LicensingScene Licensing { get; } = licensing;

    public CoreHost Host => Licensing.Host;

    /// <summary>The first account, which the app makes an Admin.</summary>
    public Party Admin { get; } = admin;

    /// <param name="appealWindowSeconds">Short in tests of what happens after the window: they move the shared chain's clock only that far.</param>
    public static async Task<DisputesScene> StartAsync(AnvilFixture anvil, BigInteger? bondWei = null, ulong appealWindowSeconds = 7 * 24 * 3600)
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        var disputes = await anvil.DeployWorkDisputesAsync(registry, licensing, bondWei, appealWindowSeconds);
        var host = await CoreHost.StartAsync(anvil, registry, licensingAddress: licensing, disputesAddress: disputes,
            configure: services => services.Replace(ServiceDescriptor.Singleton<IContentStore>(sp => new CountingContentStore(new EmbeddedContentStore(
                Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "content"))))));
        var scene = new LicensingScene(host, anvil);
        return new DisputesScene(scene, anvil, await scene.AccountAsync("admin"));
    }

    public T Get<T>() where T : notnull => Host.Get<T>();

    /// <summary>The content store, counting what each add reads.</summary>
    public CountingContentStore Store => (CountingContentStore)Get<IContentStore>();

    public DisputeService Disputes => Get<DisputeService>();

    public ModerationService Moderation => Get<ModerationService>();

    public Task<Party> AccountAsync(string who, BigInteger? wei = null) => Licensing.AccountAsync(who, wei);

    /// <summary>A new account that is a Moderator in the app and holds the registry's moderator role on-chain.</summary>
    public async Task<Party> ModeratorAsync(string who = "moderator")
    {
        var moderator = await AccountAsync(who);
        await Get<ModeratorGrants>().GrantAsync(Admin.UserId, moderator.UserId);
        await Get<WorkRegistryGateway>().GrantModeratorAsync(moderator.Address, CancellationToken.None);
        return moderator;
    }

    /// <summary>A new account that holds the registry's moderator role on-chain but not the app's Moderator role.</summary>
    public async Task<Party> ChainOnlyModeratorAsync()
    {
        var moderator = await AccountAsync("chain-moderator");
        await Get<WorkRegistryGateway>().GrantModeratorAsync(moderator.Address, CancellationToken.None);
        return moderator;
    }

    public Task<long> RegisterWorkAsync(Party owner) => Licensing.RegisterWorkAsync(owner);

    /// <summary>The disputes contract's binding, sending as <paramref name="party"/>.</summary>
    public WorkDisputesService Contract(Party party) => new(anvil.CreateWeb3(party.Key), Host.Chain.WorkDisputesAddress);

    /// <summary>The claimant opens a dispute that passes every check; the test fails unless it is opened.</summary>
    public async Task<long> OpenAsync(Party claimant, long workId, DisputeClaim claim = DisputeClaim.Authorship, long? copiedWorkId = null)
    {
        var outcome = await Disputes.OpenAsync(claimant.UserId, Request(workId, claim, copiedWorkId), CancellationToken.None);
        return outcome.DisputeId ?? throw new InvalidOperationException($"The dispute was refused: {outcome.Message}");
    }

    /// <summary>The moderator rules; the test fails unless the ruling is mined.</summary>
    public async Task RuleAsync(Party moderator, long disputeId, DisputeRuling ruling, params long[] revoke)
    {
        var outcome = await Moderation.RuleAsync(moderator.UserId, disputeId, new RulingRequest(ruling, $"Ruled {ruling} on the evidence.", revoke), CancellationToken.None);
        if (outcome.Problem is not null) throw new InvalidOperationException($"The ruling was refused: {outcome.Message}");
    }

    public static DisputeRequest Request(long workId, DisputeClaim claim = DisputeClaim.Authorship, long? copiedWorkId = null, string statement = "I painted this in 2019; the sketches are attached.",
        params EvidenceFile[] files) =>
        new(workId, claim, copiedWorkId, statement, files);

    public static StatementRequest Statement(string text = "The sketches are dated after my registration.") => new(text, []);

    /// <summary>Moves the chain's clock on and mines a block at the new time.</summary>
    public async Task IncreaseTimeAsync(long seconds)
    {
        await anvil.RpcAsync<object>("evm_increaseTime", seconds);
        await anvil.RpcAsync<object>("evm_mine");
    }

    public Task<DisputeOnChain?> OnChainAsync(long disputeId) => Get<DisputesGateway>().GetDisputeAsync(disputeId, CancellationToken.None);

    public async ValueTask DisposeAsync() => await Licensing.DisposeAsync();
}
