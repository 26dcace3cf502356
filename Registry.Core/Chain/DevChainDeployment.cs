namespace Registry.Core.Chain;

/// <summary>Where the contracts were deployed on the embedded dev chain; kept in the data folder.</summary>
public sealed record DevChainDeployment(long ChainId, string WorkRegistry, DateTimeOffset DeployedAt);
