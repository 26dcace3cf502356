using Registry.Core.Chain;

namespace Registry.Tests.Infrastructure;

/// <summary>A chain connection a test can point at a dead port and back, to play an outage of the real node.</summary>
public sealed class SwitchableChain(ChainConnection connection) : IChainConnectionProvider
{
    public ChainConnection Current { get; set; } = connection;

    public Task<ChainConnection> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Current);

    public static string DeadRpcUrl => $"http://127.0.0.1:{FreePort.Find()}";
}
