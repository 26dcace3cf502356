using System.Net.Http.Headers;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

/// <summary>The multipart forms of the disputes API: text fields, then one 'files' part per file.</summary>
internal static class DisputeForms
{
    public static MultipartFormDataContent Open(string? claim, string statement, string? copiedWorkId = null, params (string Name, HttpContent Content)[] files)
    {
        var form = Statement(statement, files);
        if (claim is not null) form.Add(new StringContent(claim), "claim");
        if (copiedWorkId is not null) form.Add(new StringContent(copiedWorkId), "copiedWorkId");
        return form;
    }

    public static MultipartFormDataContent Statement(string statement, params (string Name, HttpContent Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(statement), "statement" } };
        foreach (var (name, content) in files) form.Add(content, "files", name);
        return form;
    }

    /// <summary>A file of <paramref name="length"/> bytes, produced as it is sent.</summary>
    public static (string, HttpContent) File(string name, long length, string contentType = "application/pdf")
    {
        var content = new StreamContent(new PatternContentStream(length));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return (name, content);
    }
}
