using System.Numerics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Royalties;
using Registry.Core.Fingerprints;
using Registry.Core.Indexing;
using Registry.Core.Works;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>The indexer against real anvil logs and a real SQLite file.</summary>
[Collection("chain")]
public sealed class ChainIndexerTests(AnvilFixture anvil)
{
    [Fact]
    public async Task Run_MirrorsRegistrationsWithTheirMetadata()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterOnChainAsync(host, "Autumn river", ["water"]);
        var b = await RegisterOnChainAsync(host, "秋天的河", ["水", "河流"]);

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await host.Get<MetadataResolver>().ResolvePendingAsync(CancellationToken.None);

        Assert.Equal(2, written);
        var work = (await host.Get<WorkCatalog>().GetAsync(2))!;
        Assert.Equal(Sha256Hex.Format(b.ContentHash), work.ContentHash);
        Assert.Equal(Cid.FromBytes(b.ContentCid).ToString(), work.Cid);
        Assert.Equal("秋天的河", work.Title);
        Assert.Equal("水, 河流", work.Tags);
        Assert.Equal(MetadataStatus.Resolved, work.MetadataStatus);
        Assert.Equal(Account0, work.Owner);
        Assert.Equal($"{Account0}:10000", work.Split);
        Assert.Equal(WorkEventKind.Registered, Assert.Single(await host.Get<WorkCatalog>().GetHistoryAsync(1)).Kind);
    }

    [Fact]
    public async Task Run_AgainAndAfterARestart_WritesNoDuplicates()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterOnChainAsync(host, "One", []);
        await RegisterOnChainAsync(host, "Two", []);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        var again = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using var restarted = await CoreHost.StartAsync(anvil, host.Chain.WorkRegistryAddress, host.DataDirectory, licensingAddress: host.Chain.WorkLicensingAddress);
        var afterRestart = await restarted.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Equal(0, afterRestart);
        await using var db = await restarted.DbAsync();
        Assert.Equal(2, await db.Works.CountAsync());
        Assert.Equal(2, await db.WorkEvents.CountAsync());
    }

    [Fact]
    public async Task Run_WhenARangeIsReplayed_ChangesNothing()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterOnChainAsync(host, "Replayed", []);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        await using (var db = await host.DbAsync())
        {
            var checkpoint = await db.IndexerCheckpoints.SingleAsync();
            checkpoint.BlockNumber = 0;
            checkpoint.BlockHash = (await anvil.CreateWeb3().Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new Nethereum.Hex.HexTypes.HexBigInteger(0))).BlockHash;
            await db.SaveChangesAsync();
        }

        var written = await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(0, written);
        await using var check = await host.DbAsync();
        Assert.Equal(1, await check.Works.CountAsync());
        Assert.Equal(1, await check.WorkEvents.CountAsync());
    }

    [Fact]
    public async Task Run_AfterATransfer_UpdatesTheOwnerAndTheTimeline()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterOnChainAsync(host, "Sold", []);
        var buyer = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
        await anvil.CreateWeb3().Eth.GetContractTransactionHandler<TransferFromFunction>().SendRequestAndWaitForReceiptAsync(
            host.Chain.WorkRegistryAddress, new TransferFromFunction { From = Account0, To = buyer, TokenId = 1 });

        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Equal(buyer, (await host.Get<WorkCatalog>().GetAsync(1))!.Owner);
        var history = await host.Get<WorkCatalog>().GetHistoryAsync(1);
        Assert.Equal([WorkEventKind.Registered, WorkEventKind.Transferred], history.Select(e => e.Kind));
        Assert.Equal(Account0, history[1].From);
        Assert.Equal(buyer, history[1].To);
    }

    [Fact]
    public async Task Run_AfterAReorganisation_DropsTheOrphanedWorkAndIndexesTheCanonicalOne()
    {
        await using var host = await CoreHost.StartAsync(anvil);
        await RegisterOnChainAsync(host, "Kept", []);
        var snapshot = await anvil.RpcAsync<string>("evm_snapshot");
        var orphan = await RegisterOnChainAsync(host, "Orphaned", []);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);
        Assert.NotNull(await host.Get<WorkCatalog>().FindByContentHashAsync(Sha256Hex.Format(orphan.ContentHash)));

        await anvil.RpcAsync<bool>("evm_revert", snapshot);
        await anvil.RpcAsync<string>("evm_mine");
        var canonical = await RegisterOnChainAsync(host, "Canonical", []);
        await host.Get<IndexingPass>().RunAsync(CancellationToken.None);

        Assert.Null(await host.Get<WorkCatalog>().FindByContentHashAsync(Sha256Hex.Format(orphan.ContentHash)));
        var work = (await host.Get<WorkCatalog>().GetAsync(2))!;
        Assert.Equal(Sha256Hex.Format(canonical.ContentHash), work.ContentHash);
        await using var db = await host.DbAsync();
        Assert.Equal(2, await db.Works.CountAsync());
        Assert.Equal(2, await db.WorkEvents.CountAsync());
    }

    private static readonly string Account0 = new Nethereum.Web3.Accounts.Account(ChainOptions.DevChainSignerKey).Address.ToLowerInvariant();

    /// <summary>Registers unique content straight through the contract, with its metadata document in the host's store.</summary>
    private async Task<RegisterFunction> RegisterOnChainAsync(CoreHost host, string title, string[] tags)
    {
        var content = TestFiles.Unique();
        var fingerprint = ContentFingerprinter.Compute(content);
        var document = new MetadataDocument(MetadataDocument.CurrentSchema, title, "", "image", tags, "f.bin", content.Length, fingerprint.Sha256Hex, fingerprint.Cid.ToString(), false);
        var metadataCid = await host.Get<IContentStore>().AddAsync(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(document)), CancellationToken.None);
        var register = RegistrationMessages.Register(fingerprint.Sha256, fingerprint.Cid, metadataCid, 0, [new RoyaltyShare(Account0, RoyaltyShare.Whole)]);
        var receipt = await anvil.CreateWeb3().Eth.GetContractTransactionHandler<RegisterFunction>()
            .SendRequestAndWaitForReceiptAsync(host.Chain.WorkRegistryAddress, register);
        Assert.Equal(BigInteger.One, receipt.Status.Value);
        return register;
    }
}
