namespace Registry.Tests.Infrastructure;

/// <summary>An eth_getLogs call seen by <see cref="LogLimitProxy"/>: its block range and the logs answered, or null when refused.</summary>
public sealed record LogQuery(long FromBlock, long ToBlock, int? Logs)
{
    public long Blocks => ToBlock - FromBlock + 1;
}
