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
        if (string.IsNullOrWhiteSpace(o.RpcUrl)) return;
        if (string.IsNullOrWhiteSpace(o.WorkRegistryAddress) || string.IsNullOrWhiteSpace(o.SignerKey))
        {
            Fail("Chain:RpcUrl is configured, so Chain:WorkRegistryAddress and Chain:SignerKey must be configured too.");
            return;
        }
        Set(new ChainConnection(o.RpcUrl, o.ChainId, o.WorkRegistryAddress, o.SignerKey, o.Confirmations));
    }

    public bool UsesEmbeddedDevChain => !_connection.Task.IsCompleted;

    public Task<ChainConnection> GetAsync(CancellationToken cancellationToken) => _connection.Task.WaitAsync(cancellationToken);

    internal void Set(ChainConnection connection) => _connection.TrySetResult(connection);

    internal void Fail(string reason) => _connection.TrySetException(new ChainUnavailableException(reason));
}
