namespace Registry.Core.Chain;

/// <summary>
/// Where the ledger lives. With no <see cref="RpcUrl"/> the app starts its own anvil dev chain in the data folder,
/// deploys the contracts there once and records their address.
/// </summary>
public sealed class ChainOptions
{
    public const string Section = "Chain";

    /// <summary>Well-known dev account #0 of anvil: public, and only ever used on the local dev chain.</summary>
    public const string DevChainSignerKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    public string? RpcUrl { get; set; }

    public long ChainId { get; set; } = 31337;

    /// <summary>The platform account's private key (hex). Defaults to dev account #0 on the embedded dev chain only.</summary>
    public string? SignerKey { get; set; }

    public string? WorkRegistryAddress { get; set; }

    /// <summary>Blocks a log must be buried under before the indexer takes it; 0 on the dev chain, which mines only on demand.</summary>
    public int Confirmations { get; set; }

    /// <summary>Path of the anvil binary for the embedded dev chain; the pinned one in node_modules when empty.</summary>
    public string? AnvilPath { get; set; }
}
