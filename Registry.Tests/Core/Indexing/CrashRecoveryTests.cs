using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Registry.Contracts.WorkRegistry;
using Registry.Contracts.WorkRegistry.ContractDefinition;
using Registry.Core.Chain;
using Registry.Tests.Contracts;
using Registry.Tests.Core.Indexing.Reorgs;
using Registry.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// The indexer as a process of its own (<c>Registry.Web index --until-head</c>) over a chain of more than 20,000 events,
/// killed with SIGKILL at random moments and started again each time: the read model it ends with must be the one a
/// single undisturbed run builds.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Batches = 100;
    private const int WorksPerBatch = 100;
    /// <summary>Kills aimed at (at least 10 must land before a run reaches the head).</summary>
    private const int Kills = 12;
    private const long BatchGas = 15_000_000;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    /// <summary>About a range's time: ranges are one block (200 events), which the bulk path writes in a few milliseconds; a longer wait let a run finish the chain before 10 kills landed.</summary>
    private const int MaxKillDelayMilliseconds = 20;

    [Fact]
    public async Task IndexUntilHead_KilledAtRandomMomentsAndRestarted_EndsWithTheReadModelOfAnUndisturbedRun()
    {
        var watch = Stopwatch.StartNew();
        await using var node = await AnvilProcess.StartAsync(AnvilFixture.ChainId);
        var firstBlock = (long)(await new Web3(node.RpcUrl).Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value + 1;
        var chain = await RegistryDeployment.DeployAsync(node.RpcUrl);
        var activity = new ChainActivity(node.RpcUrl, chain);
        await activity.SetUpAsync();
        await RegisterBatchesAsync(chain);
        await activity.SendAsync(activity.History(10));
        var filled = watch.Elapsed;

        using var killed = new TempDirectory("registry-crash");
        var random = new Random();
        var kills = 0;
        var runs = 0;
        long previous = -1;
        while (true)
        {
            runs++;
            using var run = RegistryCommandProcess.Start(Settings(chain, firstBlock, killed.Path), "index", "--until-head");
            // Kill once this run has committed a random number of ranges (so kills land mid-stream at any speed), then
            // up to about one range's time later: within the next range's reads, its writes or its commit.
            var ranges = random.Next(1, 3);
            var advanced = await WaitForCheckpointAsync(killed.Path, previous, ranges, run);
            if (run.HasExited || kills == Kills)
            {
                Assert.Equal(0, await run.WaitForExitAsync(RunLimit));
                break;
            }
            await Task.Delay(random.Next(0, MaxKillDelayMilliseconds));
            if (run.HasExited)
            {
                Assert.Equal(0, run.ExitCode);
                break;
            }
            run.Kill();
            await run.WaitForExitAsync(RunLimit);
            kills++;
            previous = advanced;
        }
        var recovered = watch.Elapsed - filled;

        using var clean = new TempDirectory("registry-clean");
        var cleanRun = Stopwatch.StartNew();
        using (var single = RegistryCommandProcess.Start(Settings(chain, firstBlock, clean.Path), "index", "--until-head"))
        {
            Assert.Equal(0, await single.WaitForExitAsync(RunLimit));
            output.WriteLine($"Clean run in {cleanRun.Elapsed.TotalSeconds:F1} s: {single.Lines[^1]}");
        }

        output.WriteLine($"{kills} kills over {runs} runs; chain filled in {filled.TotalSeconds:F1} s, killed runs {recovered.TotalSeconds:F1} s, in all {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(kills >= 10, $"Only {kills} kills landed before the indexer caught up.");
        var expected = await ReadModelSnapshot.CaptureAsync(Database(clean.Path));
        (await ReadModelSnapshot.CaptureAsync(Database(killed.Path))).AssertSameAs(expected);
        Assert.True(expected.Rows("Works") >= Batches * WorksPerBatch && expected.Rows("Licences") > 0, $"The chain holds too little to compare: {expected}");
    }

    /// <summary>
    /// Registers <see cref="Batches"/> × <see cref="WorksPerBatch"/> works (each a Transfer and a WorkRegistered event):
    /// sent one after another without estimating gas or waiting, anvil mining each in its own block; then every receipt is checked.
    /// </summary>
    private static async Task RegisterBatchesAsync(ChainConnection chain)
    {
        var web3 = new Web3(new Account(ChainOptions.DevChainSignerKey, AnvilFixture.ChainId), chain.RpcUrl);
        var registry = new WorkRegistryService(web3, chain.WorkRegistryAddress);
        var creator = web3.TransactionManager.Account.Address;
        var hashes = new List<string>();
        for (var batch = 0; batch < Batches; batch++)
        {
            var works = Enumerable.Range(0, WorksPerBatch)
                .Select(i => TestWorks.Registration($"{chain.WorkRegistryAddress} crash {batch}.{i}", (creator, TestWorks.WholeShare))).ToList();
            hashes.Add(await registry.RegisterBatchRequestAsync(new RegisterBatchFunction { Registrations = works, Gas = BatchGas }));
        }
        foreach (var hash in hashes)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            while (receipt is null)
            {
                await Task.Delay(10);
                receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            }
            Assert.Equal(1, (int)receipt.Status.Value);
        }
    }

    /// <summary>Waits until the checkpoint has moved past <paramref name="previous"/> by <paramref name="ranges"/> commits, or the run has ended.</summary>
    /// <returns>The checkpoint's block then.</returns>
    private static async Task<long> WaitForCheckpointAsync(string dataDirectory, long previous, int ranges, RegistryCommandProcess run)
    {
        var seen = previous;
        var commits = 0;
        var deadline = Stopwatch.StartNew();
        SqliteConnection? connection = null;
        try
        {
            while (!run.HasExited && deadline.Elapsed < RunLimit)
            {
                connection ??= await OpenAsync(dataDirectory);
                var block = connection is null ? -1 : await CheckpointAsync(connection);
                if (block > seen)
                {
                    seen = block;
                    if (++commits >= ranges) return seen;
                }
                await Task.Delay(5);
            }
            return seen;
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    /// <summary>A read-only connection to the run's database (WAL: it never holds the writer up), once the file is there.</summary>
    private static async Task<SqliteConnection?> OpenAsync(string dataDirectory)
    {
        var file = Database(dataDirectory);
        if (!File.Exists(file)) return null;
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> CheckpointAsync(SqliteConnection connection)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(BlockNumber) FROM IndexerCheckpoints";
            return await command.ExecuteScalarAsync() is long block ? block : -1;
        }
        catch (SqliteException)
        {
            return -1; // the schema is still being made
        }
    }

    private static string Database(string dataDirectory) => Path.Combine(dataDirectory, "registry.db");

    private static Dictionary<string, string> Settings(ChainConnection chain, long firstBlock, string dataDirectory) => new()
    {
        ["Storage:DataDirectory"] = dataDirectory,
        ["Chain:RpcUrl"] = chain.RpcUrl,
        ["Chain:ChainId"] = chain.ChainId.ToString(CultureInfo.InvariantCulture),
        ["Chain:WorkRegistryAddress"] = chain.WorkRegistryAddress,
        ["Chain:WorkLicensingAddress"] = chain.WorkLicensingAddress!,
        ["Chain:WorkDisputesAddress"] = chain.WorkDisputesAddress!,
        ["Chain:SignerKey"] = chain.SignerKey,
        ["Indexer:StartBlock"] = firstBlock.ToString(CultureInfo.InvariantCulture),
        // 2 blocks of 100 registrations: 400 events a range, so a run commits many ranges between kills even when
        // bulk inserts write a range in tens of milliseconds.
        ["Indexer:MaxBlockRange"] = "1",
    };
}
