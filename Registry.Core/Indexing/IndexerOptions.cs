namespace Registry.Core.Indexing;

public sealed class IndexerOptions
{
    public const string Section = "Indexer";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The block the registry was deployed in, so a first pass on a long chain does not read from genesis.</summary>
    public long StartBlock { get; set; }

    /// <summary>Most blocks asked for in one eth_getLogs call: the cap of the adaptive range.</summary>
    public int MaxBlockRange { get; set; } = 2_000;

    /// <summary>
    /// Logs one eth_getLogs call should return: the range halves after a call that returned more than twice as many
    /// (and whenever the node refuses a range as too large) and doubles, up to <see cref="MaxBlockRange"/>, after one
    /// that returned fewer than half. Bounds the memory of a range being written and of the one fetched meanwhile.
    /// </summary>
    public int TargetLogsPerRange { get; set; } = 10_000;

    /// <summary>How many of the newest indexed blocks keep their headers, which bounds the depth of a reorganisation found without re-indexing.</summary>
    public int ReorgWindow { get; set; } = 64;

    /// <summary>How long one call to the node may take before it counts as failed (a hung node) and the pass is retried.</summary>
    public TimeSpan RpcTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait after the first failed pass; it doubles with each failure in a row, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Metadata documents read from the content store per pass.</summary>
    public int MetadataBatchSize { get; set; } = 50;
}
