using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Registry.Tests.Core.Previews;
using Registry.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Registry.Tests.Web.Api;

/// <summary>Thumbnails of image works, and what the API shows of each similar work.</summary>
[Collection("browser")]
public sealed class WorkPreviewsApiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Thumbnail_OfARegisteredImage_IsASmallJpegThatBrowsersMayKeep()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var workId = await RegisterAsync(api, SizedPictures.Png(400, 200, Random.Shared.Next()), "Blocks");

        var response = await api.Http.GetAsync($"/api/works/{workId}/thumbnail");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
        using (var thumbnail = Image.Load<Rgb24>(await response.Content.ReadAsByteArrayAsync()))
            Assert.Equal((160, 80), (thumbnail.Width, thumbnail.Height));

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/works/{workId}/thumbnail");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Http.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Thumbnail_OfAWorkThatIsNotAnImage_Is404WithAProblem()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var workId = await RegisterAsync(api, TestFiles.Unique(), "Bytes");

        var response = await api.Http.GetAsync($"/api/works/{workId}/thumbnail");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"Work #{workId} has no thumbnail: only a published image has one.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Thumbnail_OfAnUnknownWork_Is404WithAProblem()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync("/api/works/987654321/thumbnail");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no work #987654321.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Verify_AResizedCopyOfAnImage_GivesTheOriginalsThumbnailAddress()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var seed = Random.Shared.Next();
        var workId = await RegisterAsync(api, SizedPictures.Png(400, 200, seed), "Original blocks");

        var verdict = await (await api.VerifyAsync(SizedPictures.Png(200, 100, seed))).Content.ReadFromJsonAsync<JsonElement>();

        var similar = Assert.Single(verdict.GetProperty("similar").EnumerateArray(), s => s.GetProperty("workId").GetInt64() == workId);
        Assert.Equal($"/api/works/{workId}/thumbnail", similar.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(JsonValueKind.Null, similar.GetProperty("excerpt").ValueKind);
    }

    [Fact]
    public async Task VerifyAndRegister_ACopyOfAText_GiveTheOriginalsExcerpt()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var words = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid().ToString("N")[..7]).ToList();
        var workId = await RegisterAsync(api, Encoding.UTF8.GetBytes(string.Join(" ", words)), "Original text");
        var reflowed = Encoding.UTF8.GetBytes(string.Join("\n", words.Chunk(6).Select(line => string.Join("  ", line))));
        var expected = string.Join(" ", words)[..200];

        var verdict = await (await api.VerifyAsync(reflowed)).Content.ReadFromJsonAsync<JsonElement>();
        var refused = await api.RegisterAsync(reflowed, "Copied text");

        var similar = Assert.Single(verdict.GetProperty("similar").EnumerateArray(), s => s.GetProperty("workId").GetInt64() == workId);
        Assert.StartsWith(expected, similar.GetProperty("excerpt").GetString());
        Assert.Equal(JsonValueKind.Null, similar.GetProperty("thumbnailUrl").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var nearest = problem.GetProperty("similar")[0];
        Assert.Equal(workId, nearest.GetProperty("workId").GetInt64());
        Assert.StartsWith(expected, nearest.GetProperty("excerpt").GetString());
    }

    private static async Task<long> RegisterAsync(ApiClient api, byte[] content, string title)
    {
        var registration = await api.RegisterAndWaitAsync(content, title);
        Assert.Equal("confirmed", registration.GetProperty("state").GetString());
        var workId = registration.GetProperty("workId").GetInt64();
        await api.WaitForWorkAsync(workId);
        return workId;
    }
}
