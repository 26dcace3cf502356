using System.Numerics;
using Nethereum.Web3;
using Registry.Contracts.WorkRegistry;
using Registry.Core.Accounts;
using Registry.Core.Fingerprints;
using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Royalties;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Registration;

/// <summary>A creator names co-authors at registration: the split they typed is the one on-chain and in the read model.</summary>
[Collection("chain")]
public sealed class CoAuthorRegistrationTests(AnvilFixture anvil)
{
    private const string CoAuthor = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string Illustrator = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

    [Fact]
    public async Task Process_WithAThreeWaySplit_RegistersThatSplit_ForTheIndexerAndOnChain()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var creation = await host.Get<AccountService>().CreateAsync("trio@example.org", "correct horse 42", CancellationToken.None);
        var creator = creation.Account!;
        var typed = $"{creator.Address}:5000; {CoAuthor}:3000\n{Illustrator}:2000";

        var outcome = await host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(TestFiles.Unique()), "trio.bin",
            new WorkDetails("Trio", "", WorkKind.Other, [], Split: typed), null, CancellationToken.None, creator.UserId);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var registration = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        Assert.True(registration.State == RegistrationState.Confirmed, $"{registration.State}: {registration.PendingReason} {registration.FailureReason}");
        var expected = $"{creator.Address}:5000;{CoAuthor.ToLowerInvariant()}:3000;{Illustrator.ToLowerInvariant()}:2000";
        Assert.Equal(expected, registration.Split);
        var work = (await host.Get<WorkCatalog>().GetAsync(registration.WorkId!.Value))!;
        Assert.Equal(expected, work.Split);
        Assert.Equal(creator.Address, work.Owner);
        Assert.True(await IsSplitOfAsync(host, work, RoyaltySplit.Parse(expected)));
        Assert.False(await IsSplitOfAsync(host, work, SplitInput.OrCreatorAlone([], creator.Address)));
    }

    [Fact]
    public async Task Process_WithASplitLeavingThePlatformOut_RegistersItAsTyped()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var typed = $"{CoAuthor}:7000;{Illustrator}:3000";

        var outcome = await host.Get<RegistrationService>().ReceiveAsync(new MemoryStream(TestFiles.Unique()), "pair.bin",
            new WorkDetails("Pair", "", WorkKind.Other, [], Split: typed), null, CancellationToken.None);
        await host.Get<RegistrationProcessor>().ProcessDueAsync(CancellationToken.None);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var registration = (await host.Get<RegistrationService>().GetAsync(outcome.RegistrationId!.Value))!;
        var work = (await host.Get<WorkCatalog>().GetAsync(registration.WorkId!.Value))!;
        Assert.Equal($"{CoAuthor.ToLowerInvariant()}:7000;{Illustrator.ToLowerInvariant()}:3000", work.Split);
        Assert.True(await IsSplitOfAsync(host, work, RoyaltySplit.Parse(work.Split)));
    }

    [Fact]
    public async Task Receive_WhenTheSplitDoesNotAddUp_RefusesBeforeReadingTheFile()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        var source = new CountingStream(new MemoryStream(TestFiles.Unique()));

        var outcome = await host.Get<RegistrationService>().ReceiveAsync(source, "a.bin",
            new WorkDetails("Short", "", WorkKind.Other, [], Split: $"{CoAuthor}:6000;{Illustrator}:3000"), null, CancellationToken.None);

        Assert.Equal(ProblemCode.InvalidSplit, outcome.Problem!.Code);
        Assert.Equal("The shares add up to 9,000 basis points; they must add up to 10,000 (100 %).", outcome.Problem.Message);
        Assert.Equal(0, source.BytesRead);
    }

    private static Task<bool> IsSplitOfAsync(CoreHost host, Work work, IReadOnlyList<RoyaltyShare> split)
    {
        Sha256Hex.TryParse(work.ContentHash, out var hash);
        var registry = new WorkRegistryService(new Web3(host.Chain.RpcUrl), host.Chain.WorkRegistryAddress);
        return registry.IsSplitOfQueryAsync(new BigInteger(work.WorkId), hash, split.Select(s => s.Recipient).ToList(), split.Select(s => s.BasisPoints).ToList());
    }
}
