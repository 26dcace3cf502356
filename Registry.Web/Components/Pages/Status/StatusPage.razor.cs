using System.Globalization;
using Microsoft.AspNetCore.Components;
using Registry.Core.Indexing;

namespace Registry.Web.Components.Pages.Status;

/// <summary>The indexer's state, read again every few seconds while the page is open.</summary>
public sealed partial class StatusPage
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource _disposed = new();
    private IndexerStatusReport? _report;

    [Inject] private IndexerStatusReader Reader { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _report = await Reader.ReadAsync(_disposed.Token);
        _ = RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                _report = await Reader.ReadAsync(_disposed.Token);
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private string Known(string? value) => string.IsNullOrEmpty(value) ? L["StatusNotKnown"] : value;

    private static string Percent(double share) => share.ToString("P0", CultureInfo.CurrentCulture);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
