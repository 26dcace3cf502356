using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Tests.Infrastructure;
using Registry.Tests.Web.Api;

namespace Registry.Tests.Web.Accounts;

/// <summary>
/// Disputes on the matrix Owner's work for the matrix rows, made once per app by claimants who are none of the
/// matrix's accounts: one left open, and one the matrix Moderator ruled (once its role was in force on the chain).
/// </summary>
internal sealed class MatrixDisputes(long openDisputeId, long ruledDisputeId)
{
    private static readonly ConcurrentDictionary<RegistryAppProcess, Lazy<Task<MatrixDisputes>>> PerApp = new();

    public long OpenDisputeId { get; } = openDisputeId;

    public long RuledDisputeId { get; } = ruledDisputeId;

    public static Task<MatrixDisputes> ForAsync(RegistryAppProcess app, MatrixAccounts accounts) =>
        PerApp.GetOrAdd(app, a => new Lazy<Task<MatrixDisputes>>(() => CreateAsync(a, accounts))).Value;

    /// <summary>A dispute on the Owner's work opened by a new account; returns its id.</summary>
    public static async Task<long> OpenAsync(RegistryAppProcess app, MatrixAccounts accounts)
    {
        var (_, token) = await TestAccounts.WithTokenAsync(app);
        using var claimant = new ApiClient(app.BaseUrl).WithToken(token.Secret);
        var response = await claimant.Http.PostAsync($"/api/works/{accounts.OwnersWorkId}/disputes", DisputeForms.Open("authorship", "Matrix: the Owner's work is mine."));
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException("The matrix's dispute was not opened: " + body);
        return JsonDocument.Parse(body).RootElement.GetProperty("disputeId").GetInt64();
    }

    /// <summary>Waits until the matrix Moderator's role is in force on the chain, so that its rulings are not refused for want of it.</summary>
    public static Task ModeratorInForceAsync(RegistryAppProcess app, MatrixAccounts accounts) =>
        AppModeratorGrants.WaitAsync(app, accounts[MatrixRole.Moderator].UserId);

    private static async Task<MatrixDisputes> CreateAsync(RegistryAppProcess app, MatrixAccounts accounts)
    {
        var open = await OpenAsync(app, accounts);
        var ruled = await OpenAsync(app, accounts);
        await ModeratorInForceAsync(app, accounts);
        using var moderator = accounts.Api(MatrixRole.Moderator);
        var response = await moderator.Http.PostAsJsonAsync($"/api/disputes/{ruled}/ruling", new { ruling = "flagged", reason = "Matrix: contested." });
        if ((int)response.StatusCode != 200) throw new InvalidOperationException("The matrix's dispute was not ruled: " + await response.Content.ReadAsStringAsync());
        return new MatrixDisputes(open, ruled);
    }
}
