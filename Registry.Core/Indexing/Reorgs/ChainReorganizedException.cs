namespace Registry.Core.Indexing.Reorgs;

/// <summary>
/// The blocks just read do not link to the blocks already indexed (or their logs to their headers): the chain
/// reorganised while a range was read. Nothing of the range is written; the next pass finds the fork point.
/// </summary>
public sealed class ChainReorganizedException(string message) : Exception(message);
