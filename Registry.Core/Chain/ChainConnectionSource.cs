using Microsoft.Extensions.Options;

namespace Registry.Core.Chain;

/// <summary>
/// Hands out the chain connection: at once when an RPC endpoint is configured, or when the embedded dev chain
/// (<see cref="DevChainHost"/>) has started and deployed.
/// </summary>
public sealed class ChainConnectionSource : IChainConnectionProvider
{
    private readonly TaskCompletionSource<ChainConnection> _connection = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChainConnectionSource(IOptions<ChainOptions> options)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.RpcUrl))
        {
            UsesEmbeddedDevChain = true;
            return;
        }
        if (string.IsNullOrWhiteSpace(o.WorkRegistryAddress) || string.IsNullOrWhiteSpace(o.SignerKey))
        {
            Fail("Chain:RpcUrl is configured, so Chain:WorkRegistryAddress and Chain:SignerKey must be configured too.");
            return;
        }
        Set(new ChainConnection(o.RpcUrl, o.ChainId, o.WorkRegistryAddress, o.SignerKey, o.Confirmations,
            WorkLicensingAddress: string.IsNullOrWhiteSpace(o.WorkLicensingAddress) ? null : o.WorkLicensingAddress,
            WorkDisputesAddress: string.IsNullOrWhiteSpace(o.WorkDisputesAddress) ? null : o.WorkDisputesAddress));
    }

    /// <summary>No <c>Chain:RpcUrl</c> is configured, so <see cref="DevChainHost"/> runs the app's own anvil (before and after it has started).</summary>
    public bool UsesEmbeddedDevChain { get; }

    public Task<ChainConnection> GetAsync(CancellationToken cancellationToken) => _connection.Task.WaitAsync(cancellationToken);

    internal void Set(ChainConnection connection) => _connection.TrySetResult(connection);

    internal void Fail(string reason) => _connection.TrySetException(new ChainUnavailableException(reason));
}
