using Registry.Core.Works;

namespace Registry.Core.Search;

public sealed record SearchPage(SearchQuery Query, IReadOnlyList<Work> Items, int Total, int Page, int PageSize);
