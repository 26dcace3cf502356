namespace Registry.Core.Chain;

/// <summary>The resolved ledger: endpoint, chain id, the registry contract and the platform signer.</summary>
public sealed record ChainConnection(string RpcUrl, long ChainId, string WorkRegistryAddress, string SignerKey, int Confirmations);
