using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

/// <summary>POST /api/works takes an optional royalty split; GET /api/works/{id} shows the one registered.</summary>
[Collection("browser")]
public sealed class WorksApiSplitTests(BrowserFixture fixture)
{
    private const string CoAuthor = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private const string Illustrator = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

    [Theory]
    [InlineData("0x12:10000", "'0x12' is not a valid address: expected 0x followed by 40 hexadecimal digits.")]
    [InlineData("0x0000000000000000000000000000000000000000:10000", "The zero address cannot receive royalties.")]
    [InlineData(CoAuthor + ":6000;" + Illustrator + ":3000", "The shares add up to 9,000 basis points; they must add up to 10,000 (100 %).")]
    public async Task Register_WhenTheSplitIsBad_Returns400WithTheReason(string split, string detail)
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var response = await api.RegisterAsync(TestFiles.Unique(), "Shared", split: split);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("InvalidSplit", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_WithASplit_TheWorkShowsIt()
    {
        using var api = await ApiClient.ForNewCreatorAsync(fixture.App);

        var registration = await api.RegisterAndWaitAsync(TestFiles.Unique(), "Duet", split: $"{CoAuthor}:7500, {Illustrator}:2500");

        Assert.Equal("confirmed", registration.GetProperty("state").GetString());
        var work = await api.WaitForWorkAsync(registration.GetProperty("workId").GetInt64());
        var split = work.GetProperty("split").EnumerateArray().Select(s => (s.GetProperty("recipient").GetString(), s.GetProperty("basisPoints").GetInt32()));
        Assert.Equal([(CoAuthor.ToLowerInvariant(), 7500), (Illustrator.ToLowerInvariant(), 2500)], split);
    }
}
