using System.Numerics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Core.Licensing;
using Registry.Web.Accounts;

namespace Registry.Web.Components.Disputes;

/// <summary>
/// The parties' actions on a dispute page, through <see cref="DisputeService"/> with the signed-in account's key:
/// the owner responds while the dispute is open; the claimant or the owner appeals a ruling within the window; anyone
/// settles an unappealed ruling after it; an account withdraws the bonds credited to it. Which are offered follows the
/// read model; the service checks each against the chain before sending, and its refusal is shown as it words it.
/// </summary>
public sealed partial class DisputeActions : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private AccountSummary? _account;
    private BigInteger? _owedWei;
    private bool _busy;
    private string? _statement;
    private IReadOnlyList<IBrowserFile> _files = [];
    private string? _problem;
    private string? _done;

    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private DisputeService Disputes { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public required DisputeDetails Details { get; set; }

    /// <summary>When the ruling can no longer be appealed; null when not ruled or not known.</summary>
    [Parameter] public DateTimeOffset? AppealClosesAt { get; set; }

    /// <summary>A step was mined: the page reads the dispute again.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private Dispute Dispute => Details.Dispute;

    private string? Address => _account?.Address.ToLowerInvariant();

    private bool IsOwner => Address is not null && Address == Details.Work.Owner.ToLowerInvariant();

    private bool IsClaimant => Address is not null && Address == Dispute.Claimant;

    private bool CanRespond => Dispute.Status == DisputeStatus.Open && IsOwner;

    private bool WindowOpen => AppealClosesAt is not { } closes || Clock.GetUtcNow() <= closes;

    private bool CanAppeal => Dispute.Status == DisputeStatus.Ruled && (IsClaimant || IsOwner) && WindowOpen;

    private bool CanSettle => Dispute.Status == DisputeStatus.Ruled && AppealClosesAt is not null && !WindowOpen;

    /// <summary>
    /// Forms and buttons act only once the circuit is attached (what is typed into a prerendered form would be lost
    /// when it attaches) and while nothing is in flight.
    /// </summary>
    private bool Inactive => _busy || !RendererInfo.IsInteractive;

    protected override async Task OnParametersSetAsync()
    {
        var userId = AuthenticationState is null ? null : (await AuthenticationState).User.GetUserId();
        _account = userId is null ? null : await Accounts.FindAsync(userId, _disposed.Token);
        if (_account is null) return;
        try
        {
            _owedWei = await Disputes.OwedAsync(_account.Address, _disposed.Token);
        }
        catch (ChainUnavailableException)
        {
            _owedWei = null;
        }
    }

    private Task RespondAsync() => SendStatementAsync(Disputes.RespondAsync, "RespondDone");

    private Task AppealAsync() => SendStatementAsync(Disputes.AppealAsync, "AppealDone");

    private async Task SendStatementAsync(Func<string, long, StatementRequest, CancellationToken, Task<DisputeOutcome>> send, string doneText)
    {
        var files = EvidenceFiles.Open(_files, _disposed.Token);
        try
        {
            var outcome = await RunAsync(() => send(_account!.UserId, Dispute.DisputeId, new StatementRequest(_statement ?? "", files), _disposed.Token));
            if (outcome?.TransactionHash is { } transaction)
            {
                (_statement, _files, _done) = (null, [], L[doneText, transaction]);
                await OnChanged.InvokeAsync();
            }
        }
        finally
        {
            foreach (var file in files) await file.Content.DisposeAsync();
        }
    }

    private async Task SettleAsync()
    {
        var outcome = await RunAsync(() => Disputes.SettleAsync(_account!.UserId, Dispute.DisputeId, _disposed.Token));
        if (outcome?.TransactionHash is { } transaction)
        {
            _done = L["SettleDone", transaction];
            await OnChanged.InvokeAsync();
        }
    }

    private async Task WithdrawAsync()
    {
        var owed = _owedWei ?? BigInteger.Zero;
        var outcome = await RunAsync(() => Disputes.WithdrawBondAsync(_account!.UserId, _disposed.Token));
        if (outcome?.TransactionHash is { } transaction)
        {
            _done = L["WithdrawBondDone", NativeAmount.Format(owed), transaction];
            _owedWei = await Disputes.OwedAsync(_account!.Address, _disposed.Token);
        }
    }

    /// <summary>Sends with progress shown; the outcome when mined, else null with the refusal (or the chain's absence) shown.</summary>
    private async Task<DisputeOutcome?> RunAsync(Func<Task<DisputeOutcome>> send)
    {
        (_busy, _problem, _done) = (true, null, null);
        StateHasChanged();
        try
        {
            var outcome = await send();
            if (outcome.Problem is null) return outcome;
            _problem = DisputeRefusalTexts.Describe(L, outcome);
            return null;
        }
        catch (ChainUnavailableException e)
        {
            _problem = $"{L["Problem_ChainUnavailable"]} {e.Message}";
            return null;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
