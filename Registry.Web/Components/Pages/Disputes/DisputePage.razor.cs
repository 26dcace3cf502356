using Microsoft.AspNetCore.Components;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Web.Components.Disputes;
using MudBlazor;

namespace Registry.Web.Components.Pages.Disputes;

/// <summary>
/// A dispute for everyone to read: the claim and the parties, every step with its document, the rulings; and the
/// actions of whoever may act now. Everything is read through <see cref="DisputeCatalog"/>; the appeal window from the
/// contract through <see cref="DisputeService"/>, when the chain can be reached.
/// </summary>
public sealed partial class DisputePage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private DisputeDetails? _details;
    private IReadOnlyDictionary<string, EvidenceDocument?> _documents = new Dictionary<string, EvidenceDocument?>();
    private TimeSpan? _appealWindow;
    private bool _loaded;

    [Inject] private DisputeCatalog Catalog { get; set; } = default!;
    [Inject] private DisputeService Disputes { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    /// <summary>When the ruling can no longer be appealed; null before a ruling, or when the chain cannot say.</summary>
    private DateTimeOffset? AppealClosesAt => _details?.Dispute.RuledAt is { } ruledAt && _appealWindow is { } window ? ruledAt + window : null;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        try
        {
            _appealWindow = (await Disputes.GetTermsAsync(_disposed.Token)).AppealWindow;
        }
        catch (ChainUnavailableException)
        {
            _appealWindow = null; // the page shows the dispute without the deadline
        }
    }

    private async Task LoadAsync()
    {
        // Both are shown together, so that a render meanwhile never shows the dispute without its documents.
        var details = await Catalog.GetAsync(Id, _disposed.Token);
        var documents = details is null ? new Dictionary<string, EvidenceDocument?>() : await DisputeDocuments.ReadAsync(Catalog, details, _documents, _disposed.Token);
        (_details, _documents, _loaded) = (details, documents, true);
    }

    /// <summary>A step was mined; the indexer shows it a moment later. The form is free again at once: the page follows in the background.</summary>
    private void Follow() => _ = FollowAsync();

    private async Task FollowAsync()
    {
        var before = Signature();
        try
        {
            for (var i = 0; i < 60 && Signature() == before; i++)
            {
                await Task.Delay(500, _disposed.Token);
                await LoadAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) { }
    }

    private string Signature() => $"{_details?.Dispute.Status}:{_details?.Steps.Count}";

    private static Color StatusColor(DisputeStatus status) => status switch
    {
        DisputeStatus.Open or DisputeStatus.Appealed => Color.Warning,
        DisputeStatus.Ruled => Color.Info,
        _ => Color.Default,
    };

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
