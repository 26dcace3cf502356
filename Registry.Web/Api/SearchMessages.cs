using Registry.Core.Search;

namespace Registry.Web.Api;

public static class SearchMessages
{
    public static string Malformed(SearchQuery query) => query.Kind switch
    {
        SearchQueryKind.MalformedSha256 => $"'{query.Text}' is not a valid SHA-256: expected 64 hexadecimal digits.",
        SearchQueryKind.MalformedCid => $"'{query.Text}' is not a valid CID.",
        _ => "",
    };
}
