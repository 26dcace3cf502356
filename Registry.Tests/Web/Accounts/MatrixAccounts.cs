using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Core.Accounts;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Api;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// The people of the authorization matrix in the shared app, made once per app and used by no other test: one
/// account per role, and an <see cref="Owner"/> (a Creator) of a work that none of them owns. The Licensee
/// registered a work while it was still a Creator, so it owns one too. The Owner offers licences to its work
/// (<see cref="OwnersOfferId"/>), which any role may buy. Each account has an API token and a sign-in
/// cookie taken after its roles were set, and its roles are checked through the API before any row uses it.
/// </summary>
internal sealed class MatrixAccounts
{
    public const string AuthCookieName = "registry.auth";

    private static readonly ConcurrentDictionary<RegistryAppProcess, Lazy<Task<MatrixAccounts>>> PerApp = new();

    private readonly RegistryAppProcess _app;
    private readonly IReadOnlyDictionary<MatrixRole, MatrixAccount> _byRole;

    private MatrixAccounts(RegistryAppProcess app, IReadOnlyDictionary<MatrixRole, MatrixAccount> byRole, MatrixAccount owner, long ownersOfferId)
    {
        _app = app;
        _byRole = byRole;
        Owner = owner;
        OwnersOfferId = ownersOfferId;
    }

    /// <summary>A Creator who owns <see cref="MatrixAccount.WorkId"/>, a work no role of the matrix owns.</summary>
    public MatrixAccount Owner { get; }

    public long OwnersWorkId => Owner.WorkId!.Value;

    /// <summary>The Owner's offer on its work: 0.001 ETH, not exclusive, no cap, so that every row can buy it.</summary>
    public long OwnersOfferId { get; }

    public static Task<MatrixAccounts> ForAsync(RegistryAppProcess app) =>
        PerApp.GetOrAdd(app, a => new Lazy<Task<MatrixAccounts>>(() => CreateAsync(a))).Value;

    public MatrixAccount this[MatrixRole role] => _byRole[role];

    /// <summary>An integrator calling as the role: with the account's API token and no cookies; without either when anonymous.</summary>
    public ApiClient Api(MatrixRole role) => role == MatrixRole.Anonymous ? new ApiClient(_app.BaseUrl) : Api(_byRole[role]);

    public ApiClient Api(MatrixAccount account) => new ApiClient(_app.BaseUrl).WithToken(account.Token);

    /// <summary>A browser signed in as the role (its sign-in cookie only); a visitor without cookies when anonymous.</summary>
    public Browser Browser(MatrixRole role) => role == MatrixRole.Anonymous ? new Browser(_app.BaseUrl) : Browser(_byRole[role]);

    public Browser Browser(MatrixAccount account)
    {
        var browser = new Browser(_app.BaseUrl);
        browser.Cookies.Add(new Uri(_app.BaseUrl), new Cookie(AuthCookieName, account.AuthCookie));
        return browser;
    }

    /// <summary>Registers a new work through the API, and waits until it is confirmed and indexed; returns its id.</summary>
    public static async Task<long> RegisterWorkAsync(ApiClient api)
    {
        var registration = await api.RegisterAndWaitAsync(TestFiles.Unique(), "Authorization matrix work");
        if (registration.GetProperty("state").GetString() != "confirmed")
            throw new InvalidOperationException("The matrix's work was not registered: " + registration);
        var workId = registration.GetProperty("workId").GetInt64();
        await api.WaitForWorkAsync(workId);
        return workId;
    }

    private static async Task<MatrixAccounts> CreateAsync(RegistryAppProcess app)
    {
        // The app makes its first account an Admin: that must be none of the matrix's accounts, when this run has made none yet.
        await TestAccounts.WithTokenAsync(app);
        var signUps = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => TestAccounts.WithTokenAsync(app)));
        var (creator, licensee, moderator, admin, owner) = (signUps[0], signUps[1], signUps[2], signUps[3], signUps[4]);
        // Registering needs the Creator role, so the Licensee registers before it loses it.
        var works = await Task.WhenAll(RegisterWorkAsync(app, owner.Token), RegisterWorkAsync(app, licensee.Token));

        await using (var services = AppAccountServices.For(app))
        {
            await MatrixRoles.GiveAsync(services, MatrixRole.Admin, admin.Token.Token.UserId);
            await MatrixRoles.GiveAsync(services, MatrixRole.Licensee, licensee.Token.Token.UserId);
            await MatrixRoles.GiveAsync(services, MatrixRole.Moderator, moderator.Token.Token.UserId, adminUserId: admin.Token.Token.UserId);
        }

        var byRole = new Dictionary<MatrixRole, MatrixAccount>
        {
            [MatrixRole.Creator] = await CompleteAsync(app, creator, MatrixRole.Creator, workId: null),
            [MatrixRole.Licensee] = await CompleteAsync(app, licensee, MatrixRole.Licensee, works[1]),
            [MatrixRole.Moderator] = await CompleteAsync(app, moderator, MatrixRole.Moderator, workId: null),
            [MatrixRole.Admin] = await CompleteAsync(app, admin, MatrixRole.Admin, workId: null),
        };
        return new MatrixAccounts(app, byRole, await CompleteAsync(app, owner, MatrixRole.Creator, works[0]), await OfferAsync(app, owner.Token, works[0]));
    }

    /// <summary>Signs in (so the cookie carries the roles as they are now) and checks the roles the API sees.</summary>
    private static async Task<MatrixAccount> CompleteAsync(RegistryAppProcess app, (string Email, CreatedApiToken Token) signUp, MatrixRole role, long? workId)
    {
        using var browser = new Browser(app.BaseUrl);
        var signIn = await browser.SignInAsync(signUp.Email, TestAccounts.Password);
        if (signIn.Status != 302) throw new InvalidOperationException($"Sign-in of {signUp.Email} answered {signIn.Status}.");
        var cookie = browser.Cookies.GetCookies(new Uri(app.BaseUrl))[AuthCookieName]?.Value
            ?? throw new InvalidOperationException($"Sign-in of {signUp.Email} set no {AuthCookieName} cookie.");

        using var api = new ApiClient(app.BaseUrl).WithToken(signUp.Token.Secret);
        var account = await api.Http.GetFromJsonAsync<JsonElement>("/api/account");
        var actual = account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList();
        if (!actual.SequenceEqual(MatrixRoles.Of(role)))
            throw new InvalidOperationException($"The {role} of the matrix has the roles {string.Join(", ", actual)}.");
        return new MatrixAccount(signUp.Email, signUp.Token.Token.UserId, account.GetProperty("address").GetString()!, signUp.Token.Secret, cookie, workId);
    }

    private static async Task<long> OfferAsync(RegistryAppProcess app, CreatedApiToken token, long workId)
    {
        using var api = new ApiClient(app.BaseUrl).WithToken(token.Secret);
        var response = await api.Http.PostAsJsonAsync($"/api/works/{workId}/offers", new { price = "0.001", usage = "personal", terms = "Personal use only." });
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException("The matrix's offer was not created: " + body);
        return JsonDocument.Parse(body).RootElement.GetProperty("offerId").GetInt64();
    }

    /// <summary>Registers a new work with the token, and waits until it is confirmed and indexed; returns its id.</summary>
    private static async Task<long> RegisterWorkAsync(RegistryAppProcess app, CreatedApiToken token)
    {
        using var api = new ApiClient(app.BaseUrl).WithToken(token.Secret);
        return await RegisterWorkAsync(api);
    }
}
