namespace Registry.Core.Indexing;

/// <summary>The indexer cannot get on: what went wrong last, since when it has been failing, and when it tries again.</summary>
/// <param name="Attempts">Failed attempts in a row.</param>
public sealed record IndexerFault(string LastError, DateTimeOffset Since, int Attempts, DateTimeOffset NextAttemptAt);
