using Microsoft.AspNetCore.Components;
using Registry.Core.Disputes;
using Registry.Web.Components.Disputes;
using Registry.Core.Licensing;
using Registry.Core.Previews;
using Registry.Core.Works;

namespace Registry.Web.Components.Pages.Moderation;

/// <summary>
/// A dispute as a moderator weighs it: the disputed work and (for a copy claim) the work it is said to copy side by
/// side, with previews, fingerprints and their similarity; the evidence, counter-statement and appeal; the audited
/// decisions; and the ruling form while the dispute waits for one. Read through <see cref="DisputeCatalog"/>.
/// </summary>
public sealed partial class ModerationView : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private DisputeDetails? _details;
    private IReadOnlyDictionary<string, EvidenceDocument?> _documents = new Dictionary<string, EvidenceDocument?>();
    private IReadOnlyDictionary<long, string> _excerpts = new Dictionary<long, string>();
    private IReadOnlyList<Licence> _licences = [];
    private bool _loaded;

    [Inject] private DisputeCatalog Catalog { get; set; } = default!;
    [Inject] private LicenceCatalog Licences { get; set; } = default!;
    [Inject] private WorkPreviews Previews { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        // All are shown together, so that a render meanwhile never shows the dispute without its documents.
        var details = await Catalog.GetAsync(Id, _disposed.Token);
        if (details is not null)
        {
            var documents = await DisputeDocuments.ReadAsync(Catalog, details, _documents, _disposed.Token);
            var excerpts = await Previews.GetExcerptsAsync(new[] { details.Work, details.CopiedWork }.OfType<Work>(), _disposed.Token);
            var licences = await Licences.GetValidOfWorkAsync(details.Work.WorkId, _disposed.Token);
            (_documents, _excerpts, _licences) = (documents, excerpts, licences);
        }
        (_details, _loaded) = (details, true);
    }

    /// <summary>The ruling was mined; the indexer shows it a moment later. The form is free again at once: the page follows in the background.</summary>
    private void Follow() => _ = FollowAsync();

    private async Task FollowAsync()
    {
        var before = _details?.Dispute.Status;
        try
        {
            for (var i = 0; i < 60 && _details?.Dispute.Status == before; i++)
            {
                await Task.Delay(500, _disposed.Token);
                await LoadAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) { }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
