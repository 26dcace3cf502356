using System.Text.Json;
using Registry.Web.Api;

namespace Registry.Web.Components.Shared;

/// <summary>The parts of an API problem response the pages word for the reader.</summary>
public sealed record UploadProblem(int Status, string? Code, string? Detail, long? WorkId, Guid? RegistrationId, IReadOnlyList<SimilarWorkResponse>? Similar = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static UploadProblem Parse(UploadResponse response)
    {
        try
        {
            using var json = JsonDocument.Parse(response.Body);
            var root = json.RootElement;
            return new UploadProblem(
                response.Status,
                root.TryGetProperty("code", out var code) ? code.GetString() : null,
                root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                root.TryGetProperty("workId", out var work) && work.ValueKind == JsonValueKind.Number ? work.GetInt64() : null,
                root.TryGetProperty("registrationId", out var reg) && reg.ValueKind == JsonValueKind.String && Guid.TryParse(reg.GetString(), out var id) ? id : null,
                root.TryGetProperty("similar", out var similar) ? similar.Deserialize<List<SimilarWorkResponse>>(Json) : null);
        }
        catch (JsonException)
        {
            return new UploadProblem(response.Status, null, null, null, null);
        }
    }
}
