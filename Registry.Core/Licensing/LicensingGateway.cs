using System.Numerics;
using System.Text;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Registry.Contracts.WorkLicensing;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Chain;
using Registry.Core.Fingerprints;
using Registry.Core.Royalties;

namespace Registry.Core.Licensing;

/// <summary>
/// The licensing contract: transactions signed by the key given (a user's custodial key), each awaited until mined,
/// and the reads that checks before sending need. RPC failures surface as <see cref="ChainUnavailableException"/>;
/// reverts, whether at gas estimation or once mined, as <see cref="LicensingRefusedException"/> carrying the decoded
/// custom error; a sender who cannot pay as <see cref="InsufficientFundsException"/>.
/// </summary>
public sealed class LicensingGateway(IChainConnectionProvider chain)
{
    private readonly ContractClient _contract = new(chain, "licensing", c => c.RequireLicensing(), LicensingErrors.Decoder,
        (error, message) => new LicensingRefusedException(error, message));

    /// <param name="contentHash">The work's SHA-256, which the contract checks against the registry.</param>
    /// <param name="termsCid">The offer's terms document, already on the content store.</param>
    public async Task<SentOffer> CreateOfferAsync(string sellerKey, OfferInput offer, byte[] contentHash, Cid termsCid, CancellationToken cancellationToken)
    {
        var function = new CreateOfferFunction
        {
            WorkId = offer.WorkId,
            ContentHash = contentHash,
            Price = offer.Price,
            Currency = NativeAmount.NativeCurrency,
            DurationDays = (uint)offer.DurationDays,
            Usage = (byte)offer.Usage,
            Territories = offer.Territories.Select(code => Encoding.ASCII.GetBytes(code)).ToList(),
            Exclusive = offer.Exclusive,
            Transferable = offer.Transferable,
            MaxSupply = (uint)offer.MaxSupply,
            TermsCid = termsCid.Bytes.ToArray(),
        };
        var receipt = await SendAsync(sellerKey, function, cancellationToken);
        var created = receipt.DecodeAllEvents<OfferCreatedEventDTO>().Single().Event;
        return new SentOffer((long)created.OfferId, receipt.TransactionHash);
    }

    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> PauseOfferAsync(string sellerKey, long offerId, CancellationToken cancellationToken) =>
        (await SendAsync(sellerKey, new PauseOfferFunction { OfferId = offerId }, cancellationToken)).TransactionHash;

    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> ResumeOfferAsync(string sellerKey, long offerId, CancellationToken cancellationToken) =>
        (await SendAsync(sellerKey, new ResumeOfferFunction { OfferId = offerId }, cancellationToken)).TransactionHash;

    /// <returns>The mined transaction's hash.</returns>
    public async Task<string> WithdrawOfferAsync(string sellerKey, long offerId, CancellationToken cancellationToken) =>
        (await SendAsync(sellerKey, new WithdrawOfferFunction { OfferId = offerId }, cancellationToken)).TransactionHash;

    /// <summary>Estimates the purchase as <paramref name="buyer"/> would send it; a refusal shows here, before anything is sent.</summary>
    /// <param name="split">The work's registered royalty split, in registered order.</param>
    public async Task<PurchaseQuote> QuotePurchaseAsync(string buyer, long offerId, BigInteger price, IReadOnlyList<RoyaltyShare> split, CancellationToken cancellationToken)
    {
        var (web3, address) = await _contract.ConnectAsync(null, cancellationToken);
        var function = Purchase(offerId, price, split);
        function.FromAddress = buyer;
        var gas = await _contract.GuardedAsync(buyer, () => web3.Eth.GetContractTransactionHandler<PurchaseFunction>()
            .EstimateGasAsync(address, function), cancellationToken);
        var fee = await ChainRpc.CallAsync(() => web3.TransactionManager.Fee1559SuggestionStrategy.SuggestFeeAsync());
        return new PurchaseQuote(gas.Value, fee.MaxFeePerGas ?? BigInteger.Zero, fee.MaxPriorityFeePerGas ?? BigInteger.Zero);
    }

    /// <summary>Buys a licence paying <paramref name="price"/>, with the gas and fees of <paramref name="quote"/>.</summary>
    public async Task<SentPurchase> PurchaseAsync(string buyerKey, long offerId, BigInteger price, IReadOnlyList<RoyaltyShare> split, PurchaseQuote quote, CancellationToken cancellationToken)
    {
        var function = Purchase(offerId, price, split);
        function.Gas = quote.Gas;
        function.MaxFeePerGas = quote.MaxFeePerGas;
        function.MaxPriorityFeePerGas = quote.MaxPriorityFeePerGas;
        var receipt = await SendAsync(buyerKey, function, cancellationToken);
        var purchased = receipt.DecodeAllEvents<LicencePurchasedEventDTO>().Single().Event;
        return new SentPurchase((long)purchased.LicenceId, receipt.TransactionHash, receipt.GasUsed.Value * receipt.EffectiveGasPrice.Value);
    }

    /// <summary>Pays the key's account everything it is owed in <paramref name="currency"/> (the zero address = native coin).</summary>
    public async Task<SentWithdrawal> WithdrawAsync(string accountKey, string currency, CancellationToken cancellationToken)
    {
        var receipt = await SendAsync(accountKey, new WithdrawFunction { Currency = currency }, cancellationToken);
        var withdrawn = receipt.DecodeAllEvents<WithdrawnEventDTO>().Single().Event;
        return new SentWithdrawal(withdrawn.Amount, receipt.TransactionHash);
    }

    /// <summary>The offer as stored now, or null when there is none with this id.</summary>
    public async Task<OfferOnChain?> GetOfferAsync(long offerId, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        var offer = (await ChainRpc.CallAsync(() => contract.GetOfferQueryAsync(offerId))).ReturnValue1;
        if (offer.WorkId == 0) return null;
        return new OfferOnChain(
            offerId, offer.Seller.ToLowerInvariant(), (long)offer.WorkId, (LicenceUsage)offer.Usage, (OfferStatus)offer.Status,
            offer.Exclusive, offer.Transferable, offer.Currency.ToLowerInvariant(), (int)offer.DurationDays, (int)offer.MaxSupply,
            (int)offer.Sold, offer.Price, (long)offer.ExclusiveLicenceId);
    }

    /// <summary>What <paramref name="account"/> can withdraw in <paramref name="currency"/>, in its smallest unit.</summary>
    public async Task<BigInteger> OwedAsync(string currency, string account, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.OwedQueryAsync(currency, account));
    }

    public async Task<bool> IsLicenceValidAsync(long licenceId, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.IsLicenceValidQueryAsync(licenceId));
    }

    /// <summary>Whether licence <paramref name="licenceId"/> is held by <paramref name="holder"/> and valid now for that work and usage.</summary>
    public async Task<bool> IsLicenceValidForAsync(long licenceId, string holder, long workId, LicenceUsage usage, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        return await ChainRpc.CallAsync(() => contract.IsLicenceValidForQueryAsync(licenceId, holder, workId, (byte)usage));
    }

    /// <summary>The address's native balance, in wei.</summary>
    public Task<BigInteger> BalanceOfAsync(string address, CancellationToken cancellationToken) =>
        _contract.BalanceOfAsync(address, cancellationToken);

    /// <summary>The work licence <paramref name="licenceId"/> is of, or null when there is no such licence.</summary>
    public async Task<long?> LicenceWorkIdAsync(long licenceId, CancellationToken cancellationToken)
    {
        var contract = await ContractAsync(cancellationToken);
        var licence = (await ChainRpc.CallAsync(() => contract.GetLicenceQueryAsync(licenceId))).ReturnValue1;
        return licence.WorkId == 0 ? null : (long)licence.WorkId;
    }

    private static PurchaseFunction Purchase(long offerId, BigInteger price, IReadOnlyList<RoyaltyShare> split) => new()
    {
        OfferId = offerId,
        Recipients = split.Select(s => s.Recipient).ToList(),
        Shares = split.Select(s => s.BasisPoints).ToList(),
        AmountToSend = price,
    };

    private Task<TransactionReceipt> SendAsync<TFunction>(string key, TFunction function, CancellationToken cancellationToken)
        where TFunction : FunctionMessage, new() =>
        _contract.SendAsync(key, function, cancellationToken);

    /// <summary>The contract's generated binding, for reads.</summary>
    private async Task<WorkLicensingService> ContractAsync(CancellationToken cancellationToken)
    {
        var (web3, address) = await _contract.ConnectAsync(null, cancellationToken);
        return new WorkLicensingService(web3, address);
    }
}
