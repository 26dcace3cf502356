namespace Registry.Core.ContentStore;

/// <summary>
/// Where content lives. With an <see cref="ApiUrl"/> the app talks to that IPFS (Kubo) node over its RPC API;
/// without one it keeps content in its own data folder.
/// </summary>
public sealed class IpfsOptions
{
    public const string Section = "Ipfs";

    /// <summary>The node's RPC API: <c>http://127.0.0.1:5001</c>, or the multiaddress Kubo prints (<c>/ip4/127.0.0.1/tcp/5001</c>).</summary>
    public string? ApiUrl { get; set; }

    /// <summary>How long the node may take to answer a call, or to take the next piece of an upload.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the node may look for content it does not hold before a read or pin reports it as not found.</summary>
    public TimeSpan ContentLookupTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
