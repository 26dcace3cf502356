using System.Numerics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Core.Works;
using Registry.Web.Accounts;

namespace Registry.Web.Components.Disputes;

/// <summary>
/// Opening a dispute on a work from its page, through <see cref="DisputeService"/>: the claim, a statement and up to
/// five files (streamed from the browser to the content store), and the contract's bond, which the account must be
/// able to pay. The service checks everything again before the claimant's key signs.
/// </summary>
public sealed partial class ReportWork : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private AccountSummary? _account;
    private bool _open;
    private bool _busy;
    private DisputeClaim _claim = DisputeClaim.Authorship;
    private long? _copiedWorkId;
    private string? _statement;
    private IReadOnlyList<IBrowserFile> _files = [];
    private DisputeTerms? _terms;
    private BigInteger? _balanceWei;
    private string? _problem;
    private DisputeOutcome? _opened;

    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private DisputeService Disputes { get; set; } = default!;

    [Parameter, EditorRequired] public required Work Work { get; set; }

    /// <summary>The dispute was opened on-chain: the work's banner and timeline show it once indexed.</summary>
    [Parameter] public EventCallback OnReported { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Any signed-in account but the owner's: the contract refuses a dispute on one's own work.</summary>
    private bool CanReport => _account is not null && !string.Equals(_account.Address, Work.Owner, StringComparison.OrdinalIgnoreCase);

    /// <summary>The account cannot pay the bond and the gas (the service would refuse).</summary>
    private bool LacksFunds => _terms is { } terms && _balanceWei is { } balance && balance <= terms.BondWei;

    protected override async Task OnParametersSetAsync()
    {
        var userId = AuthenticationState is null ? null : (await AuthenticationState).User.GetUserId();
        _account = userId is null ? null : await Accounts.FindAsync(userId, _disposed.Token);
    }

    /// <summary>Shows the form with the bond the contract asks now and the account's balance.</summary>
    private async Task OpenAsync()
    {
        (_open, _problem, _opened) = (true, null, null);
        try
        {
            _terms = await Disputes.GetTermsAsync(_disposed.Token);
            _balanceWei = Wei(await Accounts.GetBalanceAsync(_account!.Address, _disposed.Token));
        }
        catch (ChainUnavailableException e)
        {
            _problem = $"{L["Problem_ChainUnavailable"]} {e.Message}";
        }
    }

    private void ChooseClaim(DisputeClaim claim)
    {
        _claim = claim;
        if (claim != DisputeClaim.Copies) _copiedWorkId = null;
    }

    private void Close() => (_open, _problem) = (false, null);

    private async Task SendAsync()
    {
        (_busy, _problem, _opened) = (true, null, null);
        StateHasChanged();
        var files = EvidenceFiles.Open(_files, _disposed.Token);
        try
        {
            var request = new DisputeRequest(Work.WorkId, _claim, _claim == DisputeClaim.Copies ? _copiedWorkId : null, _statement ?? "", files);
            var outcome = await Disputes.OpenAsync(_account!.UserId, request, _disposed.Token);
            if (outcome.DisputeId is null)
            {
                _problem = DisputeRefusalTexts.Describe(L, outcome);
                return;
            }
            (_opened, _open, _statement, _files, _copiedWorkId) = (outcome, false, null, [], null);
            await OnReported.InvokeAsync();
        }
        catch (ChainUnavailableException e)
        {
            _problem = $"{L["Problem_ChainUnavailable"]} {e.Message}";
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var file in files) await file.Content.DisposeAsync();
            _busy = false;
        }
    }

    private static BigInteger Wei(decimal ether) => new(decimal.Round(ether * 1_000_000_000_000_000_000m));

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
