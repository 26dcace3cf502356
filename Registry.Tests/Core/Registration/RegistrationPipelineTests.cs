using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Registration;

/// <summary>The pipeline on real components: anvil, SQLite, the embedded store (and an unreachable Kubo node for outages).</summary>
[Collection("chain")]
public sealed class RegistrationPipelineTests(AnvilFixture anvil)
{
    private static readonly WorkDetails Details = new("Night market 夜市", "Lanterns over the stalls", WorkKind.Image, ["street", "夜景"]);

    [Fact]
    public async Task Receive_ThenProcess_ConfirmsOnChain_AndTheIndexerMirrorsIt()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var content = TestFiles.Unique();

        var outcome = await Receive(host, content, Details);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var registration = await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value);
        Assert.Equal(RegistrationState.Confirmed, registration!.State);
        Assert.Equal(1, registration.WorkId);
        Assert.Matches("^0x[0-9a-f]{64}$", registration.TransactionHash);
        Assert.Equal(new Nethereum.Web3.Accounts.Account(ChainOptions.DevChainSignerKey).Address.ToLowerInvariant(), registration.Owner);
        Assert.False(File.Exists(registration.UploadPath));

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await host.Get<MetadataResolver>().ResolvePendingAsync(CancellationToken.None);
        var work = await host.Get<WorkCatalog>().GetAsync(1);
        Assert.NotNull(work);
        Assert.Equal(registration.Sha256, work.ContentHash);
        Assert.Equal(registration.Cid, work.Cid);
        Assert.Equal(registration.TransactionHash, work.TransactionHash);
        Assert.Equal(registration.BlockNumber, work.BlockNumber);
        Assert.Equal("Night market 夜市", work.Title);
        Assert.Equal("street, 夜景", work.Tags);
        Assert.True(work.Published);
        Assert.True(await host.Get<IContentStore>().ContainsAsync(Registry.Core.Fingerprints.Cid.Parse(work.Cid), CancellationToken.None));
    }

    [Fact]
    public async Task Receive_WhenTheContentIsIndexedAlready_RefusesNamingTheWork()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var content = TestFiles.Unique();
        await Receive(host, content, Details);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        var work = (await host.Get<WorkCatalog>().GetAsync(1))!;

        var again = await Receive(host, content, Details with { Title = "Copy" });

        Assert.Equal(ProblemCode.AlreadyRegistered, again.Problem!.Code);
        Assert.Equal(1, again.Problem.ExistingWorkId);
        Assert.Equal($"Already registered as work #1 by {work.Owner} on {work.RegisteredAt:yyyy-MM-dd HH:mm} UTC.", again.Problem.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")));
    }

    [Fact]
    public async Task Receive_WhenOnChainButNotYetIndexed_RefusesFromTheChain()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var content = TestFiles.Unique();
        await Receive(host, content, Details);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var again = await Receive(host, content, Details);

        Assert.Equal(ProblemCode.AlreadyRegistered, again.Problem!.Code);
        Assert.Equal("Already registered as work #1.", again.Problem.Message);
    }

    [Fact]
    public async Task Receive_WhenTheSameFileIsStillInFlight_RefusesTheSecond()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var content = TestFiles.Unique();
        var first = await Receive(host, content, Details);

        var second = await Receive(host, content, Details);

        Assert.Equal(ProblemCode.AlreadyInProgress, second.Problem!.Code);
        Assert.Equal(first.RegistrationId, second.Problem.RegistrationId);
    }

    [Fact]
    public async Task Receive_WhenEmpty_RefusesAndKeepsNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil);

        var outcome = await Receive(host, [], Details);

        Assert.Equal(ProblemCode.FileEmpty, outcome.Problem!.Code);
        Assert.Equal("The file is empty.", outcome.Problem.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")));
    }

    [Fact]
    public async Task Receive_WhenLargerThanTheLimit_StopsReadingAndKeepsNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil, settings: new Dictionary<string, string?> { ["Storage:MaxUploadBytes"] = "1048576" });
        var source = new CountingStream(new MemoryStream(TestFiles.Unique(3 * 1024 * 1024)));

        var outcome = await host.Get<RegistrationService>().ReceiveAsync(source, "big.bin", Details, null, CancellationToken.None);

        Assert.Equal(ProblemCode.FileTooLarge, outcome.Problem!.Code);
        Assert.Equal("The file is larger than the limit of 1 MiB.", outcome.Problem.Message);
        Assert.True(source.BytesRead < 2 * 1024 * 1024, $"read {source.BytesRead} bytes of a refused upload");
        Assert.Empty(Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")));
    }

    [Theory]
    [InlineData("", ProblemCode.TitleRequired, "A title is required.")]
    [InlineData("   ", ProblemCode.TitleRequired, "A title is required.")]
    public async Task Receive_WhenTitleMissing_RefusesBeforeReadingTheFile(string title, ProblemCode code, string message)
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var source = new CountingStream(new MemoryStream(TestFiles.Unique()));

        var outcome = await host.Get<RegistrationService>().ReceiveAsync(source, "a.bin", Details with { Title = title }, null, CancellationToken.None);

        Assert.Equal(code, outcome.Problem!.Code);
        Assert.Equal(message, outcome.Problem.Message);
        Assert.Equal(0, source.BytesRead);
    }

    [Fact]
    public async Task Process_WhenTheChainIsDown_WaitsWithTheReason_ThenConfirmsOnceItIsBack()
    {
        SwitchableChain? chain = null;
        await using var host = await CoreHost.StartAsync(anvil, configure: services => services.Replace(
            ServiceDescriptor.Singleton<IChainConnectionProvider>(sp => chain = new SwitchableChain(sp.GetRequiredService<ChainConnectionSource>().GetAsync(default).Result))));
        var outcome = await Receive(host, TestFiles.Unique(), Details);
        var live = chain!.Current;
        chain.Current = live with { RpcUrl = SwitchableChain.DeadRpcUrl };

        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var waiting = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        Assert.Equal(RegistrationState.Stored, waiting.State);
        Assert.Equal(RegistrationIssue.ChainUnavailable, waiting.Issue);
        Assert.StartsWith("The chain node cannot be reached: ", waiting.PendingReason);
        Assert.True(File.Exists(waiting.UploadPath));

        chain.Current = live;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var done = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId.Value))!;
        Assert.Equal(RegistrationState.Confirmed, done.State);
        Assert.Null(done.PendingReason);
    }

    [Fact]
    public async Task Process_WhenTheIpfsNodeIsDown_WaitsWithTheReason_ThenStoresOnceItIsBack()
    {
        SwitchableContentStore? store = null;
        var deadNode = $"http://127.0.0.1:{FreePort.Find()}";
        await using var host = await CoreHost.StartAsync(anvil, configure: services => services.Replace(
            ServiceDescriptor.Singleton<IContentStore>(sp => store = new SwitchableContentStore(new EmbeddedContentStore(Path.Combine(sp.GetRequiredService<IOptions<Registry.Core.Persistence.StorageOptions>>().Value.DataDirectory, "content"))))));
        var outcome = await Receive(host, TestFiles.Unique(), Details);
        _ = host.Get<IContentStore>();
        var embedded = store!.Current;
        store.Current = new KuboContentStore(new HttpClient { BaseAddress = new Uri(deadNode) }, Options.Create(new IpfsOptions { ApiUrl = deadNode }));

        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        var waiting = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        Assert.Equal(RegistrationState.Received, waiting.State);
        Assert.Equal(RegistrationIssue.ContentStoreUnavailable, waiting.Issue);
        Assert.Equal($"The IPFS node at {deadNode} cannot be reached: Connection refused.", waiting.PendingReason);
        Assert.True(File.Exists(waiting.UploadPath));

        store.Current = embedded;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        Assert.Equal(RegistrationState.Confirmed, (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId.Value))!.State);
    }

    [Fact]
    public async Task Process_AfterARestart_ResumesWhatWasInFlight()
    {
        using var data = new TempDirectory("registry-restart");
        var registry = await anvil.DeployWorkRegistryAsync();
        Guid id;
        await using (var first = await CoreHost.StartAsync(anvil, registry, data.Path))
        {
            id = (await Receive(first, TestFiles.Unique(), Details)).RegistrationId!.Value;
        }

        await using var second = await CoreHost.StartAsync(anvil, registry, data.Path);
        await second.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);

        Assert.Equal(RegistrationState.Confirmed, (await second.Get<RegistrationService>().GetAsync(id))!.State);
    }

    private static Task<ReceiveOutcome> Receive(CoreHost host, byte[] content, WorkDetails details) =>
        host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(content), "work.bin", details, null, CancellationToken.None);
}
