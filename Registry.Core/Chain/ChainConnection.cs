namespace Registry.Core.Chain;

/// <summary>The resolved ledger: endpoint, chain id, the registry and licensing contracts and the platform signer.</summary>
/// <param name="IsDevChain">The app's own embedded anvil (throw-away ether, dev accounts); never a configured chain.</param>
/// <param name="WorkLicensingAddress">The licensing contract; null when none is configured (licensing is then unavailable).</param>
public sealed record ChainConnection(
    string RpcUrl, long ChainId, string WorkRegistryAddress, string SignerKey, int Confirmations, bool IsDevChain = false, string? WorkLicensingAddress = null)
{
    /// <summary>The licensing contract's address, or an explanation of why licensing is unavailable.</summary>
    /// <exception cref="ChainUnavailableException">No licensing contract is configured.</exception>
    public string RequireLicensing() =>
        WorkLicensingAddress ?? throw new ChainUnavailableException("Licensing is unavailable: no licensing contract is configured (Chain:WorkLicensingAddress).");
}
