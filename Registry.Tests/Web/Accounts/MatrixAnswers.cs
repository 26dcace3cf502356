using System.Text.Json;

namespace Registry.Tests.Web.Accounts;

/// <summary>Checks one answer of a matrix row: the status, and for a refusal the problem details' exact detail.</summary>
internal static class MatrixAnswers
{
    /// <param name="detail">The problem's detail for a refusal; null when the action is allowed (then no problem may be answered).</param>
    public static async Task AssertAsync(HttpResponseMessage response, int status, string? detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (detail is null)
        {
            Assert.NotEqual("application/problem+json", mediaType);
            return;
        }
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }
}
