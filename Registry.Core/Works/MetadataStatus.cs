namespace Registry.Core.Works;

public enum MetadataStatus
{
    /// <summary>The metadata document has not been read from the content store yet (it may be unreachable for now).</summary>
    Pending,
    Resolved,
    /// <summary>There is no metadata document, or it cannot be parsed.</summary>
    Missing,
}
