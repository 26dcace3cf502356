namespace Registry.Core.Search;

public enum SearchQueryKind
{
    All,
    Text,
    Sha256,
    Cid,
    WorkId,
    Address,
    MalformedSha256,
    MalformedCid,
}
