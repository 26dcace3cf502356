namespace Registry.Core.Indexing.Reorgs;

/// <summary>A reorganisation the indexer rolled back.</summary>
/// <param name="Depth">How many indexed blocks were orphaned (the old checkpoint minus the fork point).</param>
/// <param name="ForkPoint">The newest indexed block still on the canonical chain; indexing resumes after it.</param>
/// <param name="OrphanedWorks">Works registered in orphaned blocks, no longer in the read model.</param>
/// <param name="RollbackTime">How long finding the fork point and the rollback took.</param>
public sealed record ChainReorganisation(long Depth, long ForkPoint, DateTimeOffset At, IReadOnlyList<long> OrphanedWorks, TimeSpan RollbackTime);
