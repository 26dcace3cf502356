namespace Registry.Core.Chain;

/// <summary>What the embedded dev chain has deployed, recorded beside its state; <paramref name="WorkLicensing"/> is null in records older than licensing.</summary>
public sealed record DevChainDeployment(long ChainId, string WorkRegistry, DateTimeOffset DeployedAt, string? WorkLicensing = null);
