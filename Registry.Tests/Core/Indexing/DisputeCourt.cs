using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkDisputes;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Contracts.WorkRegistry;
using Registry.Core.Disputes;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Indexing;

/// <summary>
/// A <see cref="LicensingMarket"/> (the creator's work 1, split 70/30 with a co-author) under a WorkDisputes that asks
/// a bond and allows a one-minute appeal window, with a funded claimant and two moderators (holders of the registry's
/// MODERATOR_ROLE, granted by dev account #0, its admin). Every transaction signs through a new client, so nonces come
/// from the node, which matters after evm_revert.
/// </summary>
internal sealed class DisputeCourt
{
    public const ulong AppealWindowSeconds = 60;

    /// <summary>0.01 ether, as the dev chain asks.</summary>
    public static readonly BigInteger Bond = BigInteger.Pow(10, 16);

    private readonly AnvilFixture _anvil;

    private DisputeCourt(AnvilFixture anvil, CoreHost host, LicensingMarket market)
    {
        _anvil = anvil;
        Address = host.Chain.WorkDisputesAddress!.ToLowerInvariant();
        Market = market;
    }

    /// <summary>The disputes contract, lower-case: the freezer and revoker that acts on its rulings.</summary>
    public string Address { get; }

    public LicensingMarket Market { get; }

    /// <summary>The work's owner until a ruling reassigns it.</summary>
    public Party Owner => Market.Creator;

    public Party Claimant { get; } = Party.New();

    public Party Moderator { get; } = Party.New();

    public Party SecondModerator { get; } = Party.New();

    /// <summary>A host over fresh contracts whose disputes ask <see cref="Bond"/> (or <paramref name="bond"/>) and allow <see cref="AppealWindowSeconds"/>.</summary>
    public static async Task<CoreHost> StartHostAsync(AnvilFixture anvil, System.Numerics.BigInteger? bond = null)
    {
        var registry = await anvil.DeployWorkRegistryAsync();
        var licensing = await anvil.DeployWorkLicensingAsync(registry);
        var disputes = await anvil.DeployWorkDisputesAsync(registry, licensing, bond ?? Bond, AppealWindowSeconds);
        return await CoreHost.StartAsync(anvil, registry, licensingAddress: licensing, disputesAddress: disputes);
    }

    /// <summary>Registers the work (see <see cref="LicensingMarket.OpenAsync"/>), funds the claimant and the moderators and makes them moderators.</summary>
    public static async Task<DisputeCourt> OpenAsync(AnvilFixture anvil, CoreHost host)
    {
        var court = new DisputeCourt(anvil, host, await LicensingMarket.OpenAsync(anvil, host));
        var bank = anvil.CreateWeb3().Eth.GetEtherTransferService();
        foreach (var party in new[] { court.Claimant, court.Moderator, court.SecondModerator })
            await bank.TransferEtherAndWaitForReceiptAsync(party.Address, 10m);
        var registry = new WorkRegistryService(anvil.CreateWeb3(), host.Chain.WorkRegistryAddress);
        var moderatorRole = await registry.ModeratorRoleQueryAsync();
        foreach (var moderator in new[] { court.Moderator, court.SecondModerator })
            await registry.GrantRoleRequestAndWaitForReceiptAsync(moderatorRole, moderator.Address);
        return court;
    }

    /// <summary>The CID of a made-up document (evidence, counter-statement, reason) with this text.</summary>
    public static Cid Document(string text) => Cid.Raw(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>An authorship claim on work 1, posting the bond; the new dispute's evidence is <see cref="Document"/>(<paramref name="evidence"/>).</summary>
    public Task<TransactionReceipt> OpenDisputeAsync(Party claimant, string evidence = "evidence", System.Numerics.BigInteger? bond = null) =>
        DisputesAs(claimant).OpenDisputeRequestAndWaitForReceiptAsync(new OpenDisputeFunction
        {
            WorkId = LicensingMarket.WorkId,
            ContentHash = Market.Work.ContentHash,
            Claim = (byte)DisputeClaim.Authorship,
            CopiedWorkId = 0,
            EvidenceCid = Document(evidence).Bytes.ToArray(),
            AmountToSend = bond ?? Bond,
        });

    public Task<TransactionReceipt> RespondAsync(long disputeId, string counterStatement = "counter-statement") =>
        DisputesAs(Owner).RespondRequestAndWaitForReceiptAsync(disputeId, Document(counterStatement).Bytes.ToArray());

    public Task<TransactionReceipt> RuleAsync(Party moderator, long disputeId, DisputeRuling ruling, string reason = "reason", params long[] revoke) =>
        DisputesAs(moderator).RuleRequestAndWaitForReceiptAsync(disputeId, (byte)ruling, Document(reason).Bytes.ToArray(), Licences(revoke));

    public Task<TransactionReceipt> AppealAsync(Party appellant, long disputeId, string evidence = "appeal") =>
        DisputesAs(appellant).AppealRequestAndWaitForReceiptAsync(disputeId, Document(evidence).Bytes.ToArray());

    public Task<TransactionReceipt> RuleAppealAsync(Party moderator, long disputeId, DisputeRuling ruling, string reason = "appeal reason", params long[] revoke) =>
        DisputesAs(moderator).RuleAppealRequestAndWaitForReceiptAsync(disputeId, (byte)ruling, Document(reason).Bytes.ToArray(), Licences(revoke));

    /// <summary>Lets the appeal window of rulings made so far pass: the next block is a minute and a second later.</summary>
    public async Task PassAppealWindowAsync()
    {
        await _anvil.RpcAsync<object>("evm_increaseTime", (long)AppealWindowSeconds + 1);
        await _anvil.RpcAsync<string>("evm_mine");
    }

    public Task<TransactionReceipt> SettleAsync(Party caller, long disputeId) => DisputesAs(caller).SettleRequestAndWaitForReceiptAsync(disputeId);

    public Task<TransactionReceipt> WithdrawBondAsync(Party account) => DisputesAs(account).WithdrawRequestAndWaitForReceiptAsync();

    private static List<BigInteger> Licences(long[] ids) => ids.Select(id => new BigInteger(id)).ToList();

    private WorkDisputesService DisputesAs(Party party) => new(_anvil.CreateWeb3(party.Key), Address);
}
