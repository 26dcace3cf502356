using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Registry.Web.Api;

/// <summary>
/// Reads a multipart/form-data request part by part without buffering: small text fields are collected until
/// the file part arrives, which is handed over as a stream. Send the text fields before the file.
/// </summary>
public sealed class MultipartUpload
{
    private const int MaxFieldBytes = 64 * 1024;
    private readonly MultipartReader _reader;

    private MultipartUpload(MultipartReader reader) => _reader = reader;

    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static MultipartUpload? Open(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return null;
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        return string.IsNullOrEmpty(boundary) ? null : new MultipartUpload(new MultipartReader(boundary, request.Body));
    }

    /// <summary>Reads fields until the part named <paramref name="fileField"/>; returns it (name and stream), or null when there is none.</summary>
    public async Task<(string FileName, Stream Content)?> ReadUntilFileAsync(string fileField, CancellationToken cancellationToken)
    {
        while (await _reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition() && name.Equals(fileField, StringComparison.OrdinalIgnoreCase))
                return (HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "", section.Body);
            if (disposition.IsFormDisposition())
                Fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
        }
        return null;
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[MaxFieldBytes];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, length);
    }
}
