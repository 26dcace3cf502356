using Microsoft.AspNetCore.Components;
using Registry.Core.Disputes;

namespace Registry.Web.Components.Pages.Moderation;

/// <summary>
/// The moderators' queue: every dispute waiting for a ruling (open, or appealed), the oldest first, filtered by claim
/// and by how long it has waited. The filters are in the address, so a filtered queue can be linked to.
/// </summary>
public sealed partial class ModerationQueue : IDisposable
{
    /// <summary>The ages a moderator may filter by, in days.</summary>
    public static readonly IReadOnlyList<int> AgeChoices = [1, 7, 30];

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<DisputeSummary>? _queue;

    [Inject] private DisputeCatalog Catalog { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>"authorship", "copies" or "unlawful"; any claim when empty or unknown.</summary>
    [SupplyParameterFromQuery(Name = "claim")] public string? Claim { get; set; }

    /// <summary>Only disputes waiting at least this many days.</summary>
    [SupplyParameterFromQuery(Name = "age")] public int? Age { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        DisputeClaim? claim = Enum.TryParse<DisputeClaim>(Claim, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        TimeSpan? olderThan = Age is > 0 and var days ? TimeSpan.FromDays(days) : null;
        var open = await Catalog.ListAsync(new DisputeQuery(DisputeStatus.Open, claim, olderThan, Limit: DisputeCatalog.MaxLimit), _disposed.Token);
        var appealed = await Catalog.ListAsync(new DisputeQuery(DisputeStatus.Appealed, claim, olderThan, Limit: DisputeCatalog.MaxLimit), _disposed.Token);
        _queue = open.Concat(appealed).OrderBy(d => d.OpenedAt).ThenBy(d => d.DisputeId).ToList();
    }

    public static string ClaimName(DisputeClaim claim) => claim.ToString().ToLowerInvariant();

    private void FilterByClaim(string claim) => Filter(claim, Age);

    private void FilterByAge(int days) => Filter(Claim, days);

    private void Filter(string? claim, int? days) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/moderation", new Dictionary<string, object?>
        {
            ["claim"] = string.IsNullOrEmpty(claim) ? null : claim,
            ["age"] = days is > 0 ? days : null,
        }));

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
