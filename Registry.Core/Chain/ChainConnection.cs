namespace Registry.Core.Chain;

/// <summary>The resolved ledger: endpoint, chain id, the registry contract and the platform signer.</summary>
/// <param name="IsDevChain">The app's own embedded anvil (throw-away ether, dev accounts); never a configured chain.</param>
public sealed record ChainConnection(string RpcUrl, long ChainId, string WorkRegistryAddress, string SignerKey, int Confirmations, bool IsDevChain = false);
