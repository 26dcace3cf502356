using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Accounts;

namespace Registry.Tests.Web.Api;

/// <summary>
/// The people of the disputes API tests in the shared app, made once per app: an owner of a registered (indexed)
/// work, and two moderators whose role is in force on the chain too; claimants are made fresh by each test, since a
/// claimant may have only one open dispute per work.
/// </summary>
internal sealed class DisputesApiPeople
{
    private static readonly ConcurrentDictionary<RegistryAppProcess, Lazy<Task<DisputesApiPeople>>> PerApp = new();

    private readonly RegistryAppProcess _app;

    private DisputesApiPeople(RegistryAppProcess app, LicensingApiPerson owner, long workId, LicensingApiPerson moderator, LicensingApiPerson otherModerator)
    {
        _app = app;
        Owner = owner;
        WorkId = workId;
        Moderator = moderator;
        OtherModerator = otherModerator;
    }

    public LicensingApiPerson Owner { get; }

    /// <summary>The owner's work.</summary>
    public long WorkId { get; }

    public LicensingApiPerson Moderator { get; }

    public LicensingApiPerson OtherModerator { get; }

    public static Task<DisputesApiPeople> ForAsync(RegistryAppProcess app) =>
        PerApp.GetOrAdd(app, a => new Lazy<Task<DisputesApiPeople>>(() => CreateAsync(a))).Value;

    public ApiClient Api(LicensingApiPerson person) => new ApiClient(_app.BaseUrl).WithToken(person.Token);

    /// <summary>A new account (funded on the dev chain) to claim with.</summary>
    public Task<LicensingApiPerson> NewPersonAsync() => PersonAsync(_app);

    /// <summary>A dispute opened by a new claimant on the owner's work; returns the claimant and the dispute's id.</summary>
    public async Task<(LicensingApiPerson Claimant, long DisputeId)> OpenDisputeAsync(string statement = "I made this first; see the attached sketch.")
    {
        var claimant = await NewPersonAsync();
        using var api = Api(claimant);
        var response = await api.Http.PostAsync($"/api/works/{WorkId}/disputes", DisputeForms.Open("authorship", statement));
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"The dispute was not opened: {body}");
        return (claimant, JsonDocument.Parse(body).RootElement.GetProperty("disputeId").GetInt64());
    }

    /// <summary>The moderator rules; the test fails unless it is mined.</summary>
    public async Task RuleAsync(LicensingApiPerson moderator, long disputeId, string ruling = "flagged")
    {
        using var api = Api(moderator);
        var response = await api.Http.PostAsJsonAsync($"/api/disputes/{disputeId}/ruling", new { ruling, reason = "Ruled on the evidence." });
        if ((int)response.StatusCode != 200) throw new InvalidOperationException("The ruling was refused: " + await response.Content.ReadAsStringAsync());
    }

    private static async Task<DisputesApiPeople> CreateAsync(RegistryAppProcess app)
    {
        // The app makes its first account an Admin: that must be none of these people, when this run has made none yet.
        await TestAccounts.WithTokenAsync(app);
        var people = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PersonWithIdAsync(app)));
        var (owner, admin, moderator, otherModerator) = (people[0], people[1], people[2], people[3]);
        using var api = new ApiClient(app.BaseUrl).WithToken(owner.Person.Token);
        var workId = await MatrixAccounts.RegisterWorkAsync(api);
        await using (var services = AppAccountServices.For(app))
        {
            await MatrixRoles.GiveAsync(services, MatrixRole.Admin, admin.UserId);
            foreach (var m in new[] { moderator, otherModerator })
                await MatrixRoles.GiveAsync(services, MatrixRole.Moderator, m.UserId, adminUserId: admin.UserId);
        }
        await AppModeratorGrants.WaitAsync(app, moderator.UserId, otherModerator.UserId);
        return new DisputesApiPeople(app, owner.Person, workId, moderator.Person, otherModerator.Person);
    }

    private static async Task<LicensingApiPerson> PersonAsync(RegistryAppProcess app) => (await PersonWithIdAsync(app)).Person;

    private static async Task<(LicensingApiPerson Person, string UserId)> PersonWithIdAsync(RegistryAppProcess app)
    {
        var (_, token) = await TestAccounts.WithTokenAsync(app);
        using var api = new ApiClient(app.BaseUrl).WithToken(token.Secret);
        var account = await api.Http.GetFromJsonAsync<JsonElement>("/api/account");
        return (new LicensingApiPerson(account.GetProperty("address").GetString()!, token.Secret), token.Token.UserId);
    }
}
