using Registry.Core.Works;

namespace Registry.Core.Search;

/// <param name="TotalIsCapped">
/// Counting stopped at <see cref="WorkSearch.CountLimit"/>: there are more matches than <paramref name="Total"/> (show "1,000+").
/// </param>
public sealed record SearchPage(SearchQuery Query, IReadOnlyList<Work> Items, int Total, int Page, int PageSize, bool TotalIsCapped = false);
