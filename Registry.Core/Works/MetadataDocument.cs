using System.Text.Json.Serialization;

namespace Registry.Core.Works;

/// <summary>The JSON document stored next to the content on IPFS; its CID goes on-chain with the work.</summary>
public sealed record MetadataDocument(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("fileName")] string FileName,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("cid")] string Cid,
    [property: JsonPropertyName("published")] bool Published,
    [property: JsonPropertyName("fingerprintKind")] string? FingerprintKind = null,
    [property: JsonPropertyName("nearestPriorWork")] long? NearestPriorWork = null,
    [property: JsonPropertyName("confirmedOwnWork")] bool ConfirmedOwnWork = false)
{
    public const string CurrentSchema = "registry.work/1";
}
