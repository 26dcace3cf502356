namespace Registry.Core.Chain;

/// <summary>
/// What the embedded dev chain has deployed, recorded beside its state; <paramref name="WorkLicensing"/> and
/// <paramref name="WorkDisputes"/> are null in records older than them.
/// </summary>
public sealed record DevChainDeployment(long ChainId, string WorkRegistry, DateTimeOffset DeployedAt, string? WorkLicensing = null, string? WorkDisputes = null);
