using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Registry.Core.Disputes;

/// <summary>The JSON form of <see cref="EvidenceDocument"/>: camelCase names, kinds in kebab case ("counter-statement").</summary>
internal static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // The document keeps statements as written, Chinese and markup included, rather than as \u escapes: it is
        // read as data (served as application/json, shown encoded), never pasted into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static byte[] Serialize(EvidenceDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// <exception cref="JsonException">The bytes are not such a document.</exception>
    public static EvidenceDocument Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<EvidenceDocument>(json, Options) ?? throw new JsonException("The document is null.");
}
