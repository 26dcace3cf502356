using System.Numerics;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkDisputes;
using Registry.Contracts.WorkDisputes.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Licensing;

namespace Registry.Core.Disputes;

/// <summary>
/// The disputes contract: transactions signed by the key given (a user's custodial key), each awaited until mined,
/// and the reads that checks before sending need. RPC failures surface as <see cref="ChainUnavailableException"/>;
/// reverts, whether at gas estimation or once mined, as <see cref="DisputesRefusedException"/> carrying the decoded
/// custom error; a sender who cannot pay as <see cref="InsufficientFundsException"/>.
/// </summary>
public sealed class DisputesGateway(IChainConnectionProvider chain)
{
    private static readonly ContractErrors Errors = new(typeof(DisputeOpenedEventDTO));

    private readonly ContractClient _contract = new(chain, "disputes", c => c.RequireDisputes(), Errors,
        (error, message) => new DisputesRefusedException(error, message));

    /// <summary>Opens a dispute paying <paramref name="bondWei"/> with it, which the contract wants to be exactly its bond.</summary>
    /// <param name="contentHash">The work's SHA-256, which the contract checks against the registry.</param>
    /// <param name="evidenceCid">The evidence document, already on the content store.</param>
    public async Task<SentDispute> OpenDisputeAsync(string claimantKey, long workId, byte[] contentHash, DisputeClaim claim, long? copiedWorkId, Cid evidenceCid,
        BigInteger bondWei, CancellationToken cancellationToken)
    {
        var function = new OpenDisputeFunction
        {
            WorkId = workId,
            ContentHash = contentHash,
            Claim = (byte)claim,
            CopiedWorkId = copiedWorkId ?? 0,
            EvidenceCid = evidenceCid.Bytes.ToArray(),
            AmountToSend = bondWei,
        };
        var receipt = await _contract.SendAsync(claimantKey, function, cancellationToken);
        var opened = receipt.DecodeAllEvents<DisputeOpenedEventDTO>().Single().Event;
        return new SentDispute((long)opened.DisputeId, receipt.TransactionHash);
    }

    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> RespondAsync(string ownerKey, long disputeId, Cid counterCid, CancellationToken cancellationToken) =>
        (await _contract.SendAsync(ownerKey, new RespondFunction { DisputeId = disputeId, CounterCid = counterCid.Bytes.ToArray() }, cancellationToken)).TransactionHash;

    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> AppealAsync(string partyKey, long disputeId, Cid evidenceCid, CancellationToken cancellationToken) =>
        (await _contract.SendAsync(partyKey, new AppealFunction { DisputeId = disputeId, EvidenceCid = evidenceCid.Bytes.ToArray() }, cancellationToken)).TransactionHash;

    /// <summary>Makes an unappealed ruling final once its window has closed, crediting the bond; anyone may send it.</summary>
    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> SettleAsync(string key, long disputeId, CancellationToken cancellationToken) =>
        (await _contract.SendAsync(key, new SettleFunction { DisputeId = disputeId }, cancellationToken)).TransactionHash;

    /// <summary>Pays the key's account every bond credited to it.</summary>
    public async Task<SentWithdrawal> WithdrawAsync(string key, CancellationToken cancellationToken)
    {
        var receipt = await _contract.SendAsync(key, new WithdrawFunction(), cancellationToken);
        var withdrawn = receipt.DecodeAllEvents<WithdrawnEventDTO>().Single().Event;
        return new SentWithdrawal(withdrawn.Amount, receipt.TransactionHash);
    }

    /// <summary>Rules on an open dispute; the key must hold the registry's moderator role.</summary>
    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> RuleAsync(string moderatorKey, long disputeId, DisputeRuling ruling, Cid reasonCid, IReadOnlyList<long> revokeLicences, CancellationToken cancellationToken) =>
        (await _contract.SendAsync(moderatorKey, new RuleFunction
        {
            DisputeId = disputeId,
            Ruling = (byte)ruling,
            ReasonCid = reasonCid.Bytes.ToArray(),
            RevokeLicences = revokeLicences.Select(id => new BigInteger(id)).ToList(),
        }, cancellationToken)).TransactionHash;

    /// <summary>Rules on an appealed dispute, finally; the key must hold the moderator role and not have made the first ruling.</summary>
    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> RuleAppealAsync(string moderatorKey, long disputeId, DisputeRuling ruling, Cid reasonCid, IReadOnlyList<long> revokeLicences, CancellationToken cancellationToken) =>
        (await _contract.SendAsync(moderatorKey, new RuleAppealFunction
        {
            DisputeId = disputeId,
            Ruling = (byte)ruling,
            ReasonCid = reasonCid.Bytes.ToArray(),
            RevokeLicences = revokeLicences.Select(id => new BigInteger(id)).ToList(),
        }, cancellationToken)).TransactionHash;

    /// <summary>The dispute as stored now, or null when there is none with this id.</summary>
    public async Task<DisputeOnChain?> GetDisputeAsync(long disputeId, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        var d = (await ChainRpc.CallAsync(() => contract.GetDisputeQueryAsync(disputeId))).ReturnValue1;
        if (d.Status == 0) return null;
        var status = (DisputeStatus)d.Status;
        var ruled = status != DisputeStatus.Open;
        return new DisputeOnChain(
            disputeId, d.Claimant.ToLowerInvariant(), (long)d.WorkId, (DisputeClaim)d.Claim, status,
            ruled ? (DisputeRuling)d.Ruling : null,
            status == DisputeStatus.Closed && d.Appealed ? (DisputeRuling)d.AppealRuling : null,
            d.Appealed, d.CopiedWorkId == 0 ? null : (long)d.CopiedWorkId,
            ruled ? DateTimeOffset.FromUnixTimeSeconds((long)d.RuledAt) : null, d.Bond,
            ruled ? d.Moderator.ToLowerInvariant() : null, ruled ? d.Owner.ToLowerInvariant() : null);
    }

    /// <summary>The claimant's unruled dispute on the work, or null when there is none.</summary>
    public async Task<long?> OpenDisputeOfAsync(long workId, string claimant, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        var id = await ChainRpc.CallAsync(() => contract.OpenDisputeOfQueryAsync(workId, claimant));
        return id.IsZero ? null : (long)id;
    }

    /// <summary>The bond of new disputes, in wei.</summary>
    public async Task<BigInteger> BondAsync(CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.BondQueryAsync());
    }

    /// <summary>How long after a ruling a party may appeal it.</summary>
    public async Task<TimeSpan> AppealWindowAsync(CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return TimeSpan.FromSeconds(await ChainRpc.CallAsync(() => contract.AppealWindowQueryAsync()));
    }

    /// <summary>Whether the address holds the registry's moderator role, which the contract checks.</summary>
    public async Task<bool> IsModeratorAsync(string address, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.IsModeratorQueryAsync(address));
    }

    /// <summary>What <paramref name="address"/> can withdraw (settled bonds), in wei.</summary>
    public async Task<BigInteger> OwedAsync(string address, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.OwedQueryAsync(address));
    }

    /// <summary>The address's native balance, in wei.</summary>
    public Task<BigInteger> BalanceOfAsync(string address, CancellationToken cancellationToken) => _contract.BalanceOfAsync(address, cancellationToken);

    /// <summary>The time of the latest block: what the contract's appeal window is measured against.</summary>
    public async Task<DateTimeOffset> ChainTimeAsync(CancellationToken cancellationToken)
    {
        var (web3, _) = await _contract.ConnectAsync(null, cancellationToken);
        var block = await ChainRpc.CallAsync(() => web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()));
        return DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value);
    }

    private async Task<WorkDisputesService> ContractAsync(CancellationToken cancellationToken)
    {
        var (web3, address) = await _contract.ConnectAsync(null, cancellationToken);
        return new WorkDisputesService(web3, address);
    }
}
