using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Web.Api;

/// <summary>The app's own dev chain, read model, content store and accounts survive a stop and a start on the same data folder.</summary>
public sealed class AppRestartTests
{
    [Fact]
    public async Task Restart_KeepsTheWorksTheChainAndTheContent()
    {
        using var data = new TempDirectory("registry-restart");
        var content = TestFiles.Unique();
        long workId;
        string cid;
        string token;
        await using (var app = await RegistryAppProcess.StartAsync(dataDirectory: data.Path))
        {
            using var api = await ApiClient.ForNewCreatorAsync(app);
            token = api.Http.DefaultRequestHeaders.Authorization!.Parameter!;
            var registration = await api.RegisterAndWaitAsync(content, "Before the restart");
            workId = registration.GetProperty("workId").GetInt64();
            cid = registration.GetProperty("cid").GetString()!;
            await api.WaitForWorkAsync(workId);
        }

        await using var restarted = await RegistryAppProcess.StartAsync(dataDirectory: data.Path);
        // The account and its token are in the data folder too.
        using var again = new ApiClient(restarted.BaseUrl).WithToken(token);

        var work = await again.Http.GetFromJsonAsync<JsonElement>($"/api/works/{workId}");
        Assert.Equal("Before the restart", work.GetProperty("title").GetString());
        Assert.Equal(content, await again.Http.GetByteArrayAsync($"/api/works/{workId}/content"));
        Assert.Equal(HttpStatusCode.Conflict, (await again.RegisterAsync(content, "Same bytes")).StatusCode);
        var next = await again.RegisterAndWaitAsync(TestFiles.Unique(), "After the restart");
        Assert.Equal(workId + 1, next.GetProperty("workId").GetInt64());
        Assert.NotEqual(cid, next.GetProperty("cid").GetString());
    }
}
