namespace Registry.Core.Search;

/// <param name="Ids">
/// Matching work ids, newest first: every match when <paramref name="Complete"/>, else at least as many as the page
/// needs (fewer only if the search stopped at a bound).
/// </param>
/// <param name="Count">How many matches were seen: all of them when <paramref name="Complete"/>; else a lower bound
/// (<see cref="WorkSearch.CountLimit"/> + 1 once counting stopped at the limit).</param>
/// <param name="Complete">Every match is in <paramref name="Ids"/>, and they are at most <see cref="WorkSearch.CountLimit"/>: rank them.</param>
/// <param name="Texts">The fields of the matches when they were read anyway (to check terms in them), else null.</param>
internal sealed record FullTextMatches(IReadOnlyList<long> Ids, int Count, bool Complete, IReadOnlyList<WorkText>? Texts);
