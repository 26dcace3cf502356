using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Signer;
using Nethereum.Web3;
using Registry.Contracts.WorkDisputes;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Bench;

/// <summary>
/// WorkDisputes rows of the gas table, on the same anvil, registry and licensing contract: deployment (with the roles
/// it is granted), opening a dispute with a bond, the owner's response, each kind of ruling, an appeal and its ruling by
/// a second moderator, a settlement after the window, and withdrawing a bond.
/// </summary>
internal sealed class DisputeGasRows(Func<string, Web3> connect, Web3 platform, string rpcUrl, string platformKey, string registryAddress, string licensingAddress)
{
    private const ulong AppealWindowSeconds = 60;
    private const byte Authorship = 0;

    private static readonly BigInteger Bond = BigInteger.Pow(10, 16);

    public static IReadOnlyList<string> Notes { get; } =
    [
        "WorkDisputes rows: bond 0.01 ether, appeal window 60 s (moved past with evm_increaseTime), documents as 36-byte binary CIDv1; each ruling on its own fresh dispute of one work. A dispute's record takes 6 slots (claimant, work, claim, status, rulings, copied work, ruling time, bond, moderator, owner at ruling, content hash); the open-dispute slot per claimant and work is cleared by the ruling (a refund).",
    ];

    public async Task AddToAsync(ResultTable table)
    {
        // Measured on a deployment of its own: the one used below is made, granted and configured as the app does it.
        var measured = await WorkDisputesService.DeployContractAndWaitForReceiptAsync(platform,
            new WorkDisputesDeployment { Registry = registryAddress, Licensing = licensingAddress, Admin = Address(platform) });
        table.AddRow("deploy WorkDisputes", GasRows.Format(measured.GasUsed.Value), "", "", "", "");
        var disputesAddress = await new ContractDeployer(rpcUrl, 31337, platformKey)
            .DeployWorkDisputesAsync(registryAddress, licensingAddress, Bond, AppealWindowSeconds, CancellationToken.None);

        var owner = await FundedAccountAsync();
        var moderators = new[] { await FundedAccountAsync(), await FundedAccountAsync() };
        var claimants = new List<Web3>();
        for (var i = 0; i < 5; i++) claimants.Add(await FundedAccountAsync());
        var registryAdmin = new WorkRegistryService(platform, registryAddress);
        var moderatorRole = await registryAdmin.ModeratorRoleQueryAsync();
        foreach (var moderator in moderators) await registryAdmin.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, Address(moderator));

        var (workId, contentHash) = await RegisterAsync(owner, "a disputed work");
        // A message remembers its sender once sent, so each claimant gets its own.
        OpenDisputeFunction Open() => new() { WorkId = workId, ContentHash = contentHash, Claim = Authorship, CopiedWorkId = 0, EvidenceCid = Document("evidence"), AmountToSend = Bond };
        await GasRows.MeasureAsync(table, "openDispute with a 0.01 ether bond, the contract's first dispute", Open(), Disputes(claimants[0], disputesAddress).OpenDisputeRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "openDispute with a 0.01 ether bond, a later dispute", Open(), Disputes(claimants[1], disputesAddress).OpenDisputeRequestAndWaitForReceiptAsync, null, null);
        for (var i = 2; i < claimants.Count; i++) await Disputes(claimants[i], disputesAddress).OpenDisputeRequestAndWaitForReceiptAsync(Open());

        await GasRows.MeasureAsync(table, "respond (owner's counter-statement)", new RespondFunction { DisputeId = 1, CounterCid = Document("counter") },
            Disputes(owner, disputesAddress).RespondRequestAndWaitForReceiptAsync, null, null);
        var firstModerator = Disputes(moderators[0], disputesAddress);
        await GasRows.MeasureAsync(table, "rule Dismissed", Rule(1, 0), firstModerator.RuleRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "rule Upheld-Flagged", Rule(2, 1), firstModerator.RuleRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "rule Upheld-Frozen (freezes the work's sales on WorkLicensing)", Rule(3, 2), firstModerator.RuleRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "appeal (by the claimant of the dismissed dispute)", new AppealFunction { DisputeId = 1, EvidenceCid = Document("appeal") },
            Disputes(claimants[0], disputesAddress).AppealRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "ruleAppeal by a second moderator, Upheld-Flagged (credits the bond)", new RuleAppealFunction { DisputeId = 1, Ruling = 1, ReasonCid = Document("appeal reason"), RevokeLicences = [] },
            Disputes(moderators[1], disputesAddress).RuleAppealRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "rule Upheld-Reassigned (moves the work and its split to the claimant)", Rule(4, 3), firstModerator.RuleRequestAndWaitForReceiptAsync, null, null);

        await platform.Client.SendRequestAsync<object>("evm_increaseTime", null, AppealWindowSeconds + 1);
        await platform.Client.SendRequestAsync<object>("evm_mine", null);
        await GasRows.MeasureAsync(table, "settle after the appeal window (credits the bond)", new SettleFunction { DisputeId = 2 },
            Disputes(owner, disputesAddress).SettleRequestAndWaitForReceiptAsync, null, null);
        await GasRows.MeasureAsync(table, "withdraw (a claimant's settled bond)", new WithdrawFunction(),
            Disputes(claimants[1], disputesAddress).WithdrawRequestAndWaitForReceiptAsync, null, null);
    }

    private static RuleFunction Rule(long disputeId, byte ruling) =>
        new() { DisputeId = disputeId, Ruling = ruling, ReasonCid = Document("reason"), RevokeLicences = [] };

    private static WorkDisputesService Disputes(Web3 account, string address) => new(account, address);

    private async Task<Web3> FundedAccountAsync()
    {
        var account = connect(EthECKey.GenerateKey().GetPrivateKey());
        await platform.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(Address(account), 10m);
        return account;
    }

    private async Task<(BigInteger WorkId, byte[] ContentHash)> RegisterAsync(Web3 creator, string content)
    {
        var contentHash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        var registry = new WorkRegistryService(creator, registryAddress);
        await registry.RegisterRequestAndWaitForReceiptAsync(
            RegistrationMessages.Register(contentHash, Cid.Raw(contentHash), null, 0, [new RoyaltyShare(Address(creator), 10_000)]));
        return (await registry.WorkIdOfQueryAsync(contentHash), contentHash);
    }

    private static byte[] Document(string text) => Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes(text))).Bytes.ToArray();

    private static string Address(Web3 account) => account.TransactionManager.Account.Address;
}
