using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Registry.Web.Api;

/// <summary>
/// Reads a multipart/form-data request part by part without buffering: small text fields are collected, and file
/// parts are handed over as streams, one at a time, as they arrive.
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
                return (FileNameOf(disposition), section.Body);
            if (disposition.IsFormDisposition())
                Fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
        }
        return null;
    }

    /// <summary>
    /// Reads every remaining part: text fields into <see cref="Fields"/>, and each file part named <paramref name="fileField"/>
    /// handed to <paramref name="onFile"/> (name, content type, stream) in order; its stream is valid only until it returns.
    /// </summary>
    public async Task ReadAllAsync(string fileField, Func<string, string, Stream, Task> onFile, CancellationToken cancellationToken)
    {
        while (await _reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition() && name.Equals(fileField, StringComparison.OrdinalIgnoreCase))
                await onFile(FileNameOf(disposition), section.ContentType ?? "", section.Body);
            else if (disposition.IsFormDisposition())
                Fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
        }
    }

    private static string FileNameOf(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[MaxFieldBytes];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, length);
    }
}
