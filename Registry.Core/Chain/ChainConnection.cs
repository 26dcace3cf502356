namespace Registry.Core.Chain;

/// <summary>The resolved ledger: endpoint, chain id, the registry, licensing and disputes contracts and the platform signer.</summary>
/// <param name="IsDevChain">The app's own embedded anvil (throw-away ether, dev accounts); never a configured chain.</param>
/// <param name="WorkLicensingAddress">The licensing contract; null when none is configured (licensing is then unavailable).</param>
/// <param name="WorkDisputesAddress">The disputes contract; null when none is configured (disputes are then unavailable).</param>
public sealed record ChainConnection(
    string RpcUrl, long ChainId, string WorkRegistryAddress, string SignerKey, int Confirmations, bool IsDevChain = false,
    string? WorkLicensingAddress = null, string? WorkDisputesAddress = null)
{
    /// <summary>The licensing contract's address, or an explanation of why licensing is unavailable.</summary>
    /// <exception cref="ChainUnavailableException">No licensing contract is configured.</exception>
    public string RequireLicensing() =>
        WorkLicensingAddress ?? throw new ChainUnavailableException("Licensing is unavailable: no licensing contract is configured (Chain:WorkLicensingAddress).");

    /// <summary>The disputes contract's address, or an explanation of why disputes are unavailable.</summary>
    /// <exception cref="ChainUnavailableException">No disputes contract is configured.</exception>
    public string RequireDisputes() =>
        WorkDisputesAddress ?? throw new ChainUnavailableException("Disputes are unavailable: no disputes contract is configured (Chain:WorkDisputesAddress).");

    /// <summary>Every contract whose events the indexer mirrors, registry first.</summary>
    public IReadOnlyList<string> IndexedContracts() =>
        new[] { WorkRegistryAddress, WorkLicensingAddress, WorkDisputesAddress }.OfType<string>().ToArray();
}
