namespace Registry.Web.Api;

/// <param name="Depth">Indexed blocks the reorganisation orphaned and the indexer rolled back.</param>
public sealed record ReorgResponse(long Depth, DateTimeOffset At);
