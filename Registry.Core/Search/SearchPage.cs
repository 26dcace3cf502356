using Registry.Core.Works;

namespace Registry.Core.Search;

/// <param name="TotalIsCapped">
/// Counting stopped before the end: at <see cref="WorkSearch.CountLimit"/> (there are more matches than
/// <paramref name="Total"/>: show "1,000+"), or, rarely, at one of the bounds of <see cref="FullTextMatcher"/> (there may
/// be more). The items are then the newest matches, not ranked.
/// </param>
public sealed record SearchPage(SearchQuery Query, IReadOnlyList<Work> Items, int Total, int Page, int PageSize, bool TotalIsCapped = false);
