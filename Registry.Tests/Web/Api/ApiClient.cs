using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>What an integrator does over HTTP: post works as multipart (fields first, then the file) and follow them.</summary>
internal sealed class ApiClient(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };

    public HttpClient Http => _http;

    /// <summary>An integrator with a new account (a Creator) calling with its API token and no cookies.</summary>
    public static async Task<ApiClient> ForNewCreatorAsync(RegistryAppProcess app)
    {
        var (_, token) = await TestAccounts.WithTokenAsync(app);
        return new ApiClient(app.BaseUrl).WithToken(token.Secret);
    }

    public ApiClient WithToken(string secret)
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return this;
    }

    public Task<HttpResponseMessage> RegisterAsync(byte[]? content, string title, string? kind = null, string? tags = null, string fileName = "work.bin", string? split = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { new StringContent("A description"), "description" },
        };
        if (kind is not null) form.Add(new StringContent(kind), "kind");
        if (tags is not null) form.Add(new StringContent(tags), "tags");
        if (split is not null) form.Add(new StringContent(split), "split");
        if (content is not null) form.Add(new ByteArrayContent(content), "file", fileName);
        return _http.PostAsync("/api/works", form);
    }

    public Task<HttpResponseMessage> VerifyAsync(byte[] content)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "check.bin" } };
        return _http.PostAsync("/api/verify", form);
    }

    /// <summary>Registers and follows the registration until it is confirmed or failed; returns its final JSON.</summary>
    public async Task<JsonElement> RegisterAndWaitAsync(byte[] content, string title, string? tags = null, string? split = null)
    {
        var response = await RegisterAsync(content, title, tags: tags, split: split);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("registrationId").GetGuid();
        for (var i = 0; i < 300; i++)
        {
            var state = await _http.GetFromJsonAsync<JsonElement>($"/api/registrations/{id}");
            if (state.GetProperty("state").GetString() is "confirmed" or "failed") return state;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Registration {id} did not finish.");
    }

    /// <summary>Waits until the indexer has mirrored the work (with its metadata) into the read model.</summary>
    public async Task<JsonElement> WaitForWorkAsync(long workId)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await _http.GetAsync($"/api/works/{workId}");
            if (response.IsSuccessStatusCode)
            {
                var work = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (work.GetProperty("title").ValueKind == JsonValueKind.String) return work;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Work {workId} was not indexed.");
    }

    public static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    public void Dispose() => _http.Dispose();
}
