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

    /// <summary>
    /// Well-known dev account #9 of anvil, which funds new accounts on the local dev chain. Not #0: that one signs
    /// the platform's transactions, and a transfer taking one of its nonces between signing and sending a
    /// registration would strand the registration.
    /// </summary>
    public const string DevChainFaucetKey = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";

    public string? RpcUrl { get; set; }

    public long ChainId { get; set; } = 31337;

    /// <summary>The platform account's private key (hex). Defaults to dev account #0 on the embedded dev chain only.</summary>
    public string? SignerKey { get; set; }

    public string? WorkRegistryAddress { get; set; }

    /// <summary>The WorkLicensing contract consulting <see cref="WorkRegistryAddress"/>; licensing is unavailable without it.</summary>
    public string? WorkLicensingAddress { get; set; }

    /// <summary>The WorkDisputes contract over the registry and licensing; disputes are unavailable without it.</summary>
    public string? WorkDisputesAddress { get; set; }

    /// <summary>The bond (wei) the embedded dev chain's disputes contract asks of a claimant when it is first deployed: 0.01 ETH.</summary>
    public string DevChainDisputeBondWei { get; set; } = "10000000000000000";

    /// <summary>How long (seconds) a ruling may be appealed on the embedded dev chain's disputes contract when it is first deployed: 7 days.</summary>
    public ulong DevChainAppealWindowSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>Blocks a log must be buried under before the indexer takes it; 0 on the dev chain, which mines only on demand.</summary>
    public int Confirmations { get; set; }

    /// <summary>Path of the anvil binary for the embedded dev chain; the pinned one in node_modules when empty.</summary>
    public string? AnvilPath { get; set; }
}
