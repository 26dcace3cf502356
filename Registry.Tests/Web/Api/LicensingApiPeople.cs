using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The people of the licensing API tests in the shared app, made once per app: a seller who registered a real work
/// (indexed), a holder of licences, and a stranger; each with an API token and its address.
/// </summary>
internal sealed class LicensingApiPeople
{
    private static readonly ConcurrentDictionary<RegistryAppProcess, Lazy<Task<LicensingApiPeople>>> PerApp = new();

    private readonly RegistryAppProcess _app;

    private LicensingApiPeople(RegistryAppProcess app, LicensingApiPerson seller, LicensingApiPerson holder, LicensingApiPerson stranger, long workId, string workTitle)
    {
        _app = app;
        Seller = seller;
        Holder = holder;
        Stranger = stranger;
        WorkId = workId;
        WorkTitle = workTitle;
    }

    public LicensingApiPerson Seller { get; }

    public LicensingApiPerson Holder { get; }

    public LicensingApiPerson Stranger { get; }

    /// <summary>The seller's work.</summary>
    public long WorkId { get; }

    public string WorkTitle { get; }

    public static Task<LicensingApiPeople> ForAsync(RegistryAppProcess app) =>
        PerApp.GetOrAdd(app, a => new Lazy<Task<LicensingApiPeople>>(() => CreateAsync(a))).Value;

    public ApiClient Api(LicensingApiPerson person) => new ApiClient(_app.BaseUrl).WithToken(person.Token);

    public ApiClient Anonymous() => new(_app.BaseUrl);

    private static async Task<LicensingApiPeople> CreateAsync(RegistryAppProcess app)
    {
        var people = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => LicensingApiPersonAsync(app)));
        using var seller = new ApiClient(app.BaseUrl).WithToken(people[0].Token);
        var title = $"Harbour, \"dawn\" 港口 {Guid.NewGuid():N}"[..30];
        var registration = await seller.RegisterAndWaitAsync(TestFiles.Unique(), title);
        if (registration.GetProperty("state").GetString() != "confirmed")
            throw new InvalidOperationException("The licensing tests' work was not registered: " + registration);
        var workId = registration.GetProperty("workId").GetInt64();
        await seller.WaitForWorkAsync(workId);
        return new LicensingApiPeople(app, people[0], people[1], people[2], workId, title);
    }

    private static async Task<LicensingApiPerson> LicensingApiPersonAsync(RegistryAppProcess app)
    {
        var (_, token) = await TestAccounts.WithTokenAsync(app);
        using var api = new ApiClient(app.BaseUrl).WithToken(token.Secret);
        var account = await api.Http.GetFromJsonAsync<JsonElement>("/api/account");
        return new LicensingApiPerson(account.GetProperty("address").GetString()!, token.Secret);
    }
}
