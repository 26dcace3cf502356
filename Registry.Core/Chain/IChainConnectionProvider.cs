namespace Registry.Core.Chain;

public interface IChainConnectionProvider
{
    /// <summary>Completes once the chain is known (the embedded dev chain started and the contracts deployed).</summary>
    /// <exception cref="ChainUnavailableException">The chain could not be set up.</exception>
    Task<ChainConnection> GetAsync(CancellationToken cancellationToken);
}
