using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

[Collection("browser")]
public sealed class WorksApiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Register_ThenGetWork_ReturnsTheOnChainFactsAndTheTimeline()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var content = TestFiles.Unique();

        var registration = await api.RegisterAndWaitAsync(content, "Tea fields 茶园", tags: "landscape, 风景");

        Assert.Equal("confirmed", registration.GetProperty("state").GetString());
        var workId = registration.GetProperty("workId").GetInt64();
        var work = await api.WaitForWorkAsync(workId);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), work.GetProperty("sha256").GetString());
        Assert.Equal(registration.GetProperty("cid").GetString(), work.GetProperty("cid").GetString());
        Assert.Equal(registration.GetProperty("txHash").GetString(), work.GetProperty("txHash").GetString());
        Assert.Equal("Tea fields 茶园", work.GetProperty("title").GetString());
        Assert.Equal(["landscape", "风景"], work.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("registered", work.GetProperty("history")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Register_WhenSameBytesAgain_Returns409NamingTheExistingWork()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var content = TestFiles.Unique();
        var first = await api.RegisterAndWaitAsync(content, "Original");
        var workId = first.GetProperty("workId").GetInt64();
        var owner = first.GetProperty("owner").GetString();
        await api.WaitForWorkAsync(workId);

        var again = await api.RegisterAsync(content, "Copy");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith($"Already registered as work #{workId} by {owner} on ", problem.GetProperty("detail").GetString());
        Assert.Equal(workId, problem.GetProperty("workId").GetInt64());
    }

    [Fact]
    public async Task Register_WhenFileIsEmpty_Returns400()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync([], "Empty");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The file is empty.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Register_WhenTitleMissing_Returns400()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync(TestFiles.Unique(), "   ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A title is required.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Register_WhenNoFile_Returns400()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync(null, "No file");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose a file to register.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Register_WhenKindUnknown_Returns400()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync(TestFiles.Unique(), "Odd", kind: "sculpture");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'sculpture' is not a kind of work: use image, text, audio, video or other.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Register_WhenTitleHasScript_StoresItVerbatimAsData()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        const string title = "<script>alert('x')</script>";

        var registration = await api.RegisterAndWaitAsync(TestFiles.Unique(), title);
        var work = await api.WaitForWorkAsync(registration.GetProperty("workId").GetInt64());

        Assert.Equal(title, work.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("sha256=abc123", "'abc123' is not a valid SHA-256: expected 64 hexadecimal digits.")]
    [InlineData("q=0x1234", "'0x1234' is not a valid SHA-256: expected 64 hexadecimal digits.")]
    [InlineData("cid=bafybeigdyrztnotacid", "'bafybeigdyrztnotacid' is not a valid CID.")]
    [InlineData("q=bafkreinotreallyacidatall", "'bafkreinotreallyacidatall' is not a valid CID.")]
    [InlineData("owner=0xnothex", "'0xnothex' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    public async Task Search_WhenLookupIsMalformed_Returns400WithTheReason(string query, string detail)
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync($"/api/works?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(detail, await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task Search_ByTextShaCidAndOwner_FindsTheWork()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var marker = $"Lantern{Guid.NewGuid():N}"[..20];
        var registration = await api.RegisterAndWaitAsync(TestFiles.Unique(), $"Paper {marker} festival");
        var workId = registration.GetProperty("workId").GetInt64();
        await api.WaitForWorkAsync(workId);

        foreach (var query in new[] { $"q={marker}", $"sha256={registration.GetProperty("sha256").GetString()}", $"cid={registration.GetProperty("cid").GetString()}", $"q={workId}" })
        {
            var page = await api.Http.GetFromJsonAsync<JsonElement>($"/api/works?{query}");
            Assert.Contains(page.GetProperty("items").EnumerateArray(), w => w.GetProperty("workId").GetInt64() == workId);
        }
        var byOwner = await api.Http.GetFromJsonAsync<JsonElement>($"/api/works?owner={registration.GetProperty("owner").GetString()}&pageSize=100");
        Assert.True(byOwner.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Verify_ReturnsTheWorkForRegisteredBytes_AndNothingForOthers()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var content = TestFiles.Unique();
        var registration = await api.RegisterAndWaitAsync(content, "Verified");
        await api.WaitForWorkAsync(registration.GetProperty("workId").GetInt64());

        var registered = await (await api.VerifyAsync(content)).Content.ReadFromJsonAsync<JsonElement>();
        var unknown = await (await api.VerifyAsync(TestFiles.Unique())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(registered.GetProperty("registered").GetBoolean());
        Assert.Equal(registration.GetProperty("workId").GetInt64(), registered.GetProperty("work").GetProperty("workId").GetInt64());
        Assert.False(unknown.GetProperty("registered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("work").ValueKind);
    }

    [Fact]
    public async Task Download_ReturnsThePublishedBytes()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);
        var content = TestFiles.Unique(300_000);
        var registration = await api.RegisterAndWaitAsync(content, "Downloadable");
        var workId = registration.GetProperty("workId").GetInt64();
        await api.WaitForWorkAsync(workId);

        var downloaded = await api.Http.GetByteArrayAsync($"/api/works/{workId}/content");

        Assert.Equal(content, downloaded);
    }

    [Fact]
    public async Task GetWork_WhenUnknown_Returns404Problem()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var response = await api.Http.GetAsync("/api/works/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no work #987654321.", await ApiClient.DetailAsync(response));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheEndpoints()
    {
        using var api = new ApiClient(fixture.App.BaseUrl);

        var document = await api.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/works", "/api/works/{id}", "/api/registrations/{id}", "/api/verify", "/api/account" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }
}
