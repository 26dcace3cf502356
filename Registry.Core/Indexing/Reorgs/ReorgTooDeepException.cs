namespace Registry.Core.Indexing.Reorgs;

/// <summary>
/// The chain replaced every block whose header the indexer kept: the fork point is older than the window, so the rows
/// of the orphaned blocks cannot be told apart. Only a re-index from scratch mends the read model.
/// </summary>
public sealed class ReorgTooDeepException(long checkpoint, int window)
    : Exception($"The chain reorganised deeper than the {window} blocks the indexer keeps (block {checkpoint} and all kept before it were replaced). Re-index the read model: dotnet Registry.Web.dll reindex");
