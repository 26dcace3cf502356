using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Core.Licensing;
using Registry.Web.Accounts;

namespace Registry.Web.Components.Disputes;

/// <summary>
/// The ruling form of the moderation view. A ruling without a reason is refused here with the service's own words
/// (the service and the contract refuse it too); licences can be chosen for revocation only with an outcome that
/// allows it. Sent through <see cref="ModerationService"/>, which checks the Moderator role and rules (or rules the
/// appeal) with the moderator's key; its refusals, a second ruling by the first moderator among them, are shown.
/// </summary>
public sealed partial class RulingForm : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<long> _revoke = [];
    private DisputeRuling? _ruling;
    private string? _reason;
    private bool _busy;
    private string? _problem;
    private DisputeOutcome? _ruled;

    [Inject] private ModerationService Moderation { get; set; } = default!;

    [Parameter, EditorRequired] public required Dispute Dispute { get; set; }

    /// <summary>The work's licences valid now, which a Frozen or Reassigned ruling may revoke.</summary>
    [Parameter] public IReadOnlyList<Licence> Licences { get; set; } = [];

    /// <summary>The ruling was mined: the view reads the dispute again.</summary>
    [Parameter] public EventCallback OnRuled { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool Appeal => Dispute.Status == DisputeStatus.Appealed;

    /// <summary>Only a ruling that freezes or reassigns the work may revoke its licences.</summary>
    public static bool AllowsRevocation(DisputeRuling? ruling) => ruling is DisputeRuling.Frozen or DisputeRuling.Reassigned;

    private bool Revokes => AllowsRevocation(_ruling);

    /// <summary>
    /// The form takes input only once the circuit is attached (what is typed into the prerendered form would be lost
    /// when it attaches) and while nothing is in flight.
    /// </summary>
    private bool Inactive => _busy || !RendererInfo.IsInteractive;

    private void Choose(DisputeRuling? ruling)
    {
        _ruling = ruling;
        if (!Revokes) _revoke.Clear();
    }

    private void Toggle(long licenceId, bool on)
    {
        if (on) _revoke.Add(licenceId);
        else _revoke.Remove(licenceId);
    }

    private async Task RuleAsync()
    {
        (_problem, _ruled) = (null, null);
        if (_ruling is not { } ruling)
        {
            _problem = L["RulingChoose"];
            return;
        }
        if (string.IsNullOrWhiteSpace(_reason))
        {
            _problem = DisputeRefusalTexts.Describe(L, DisputeRefusals.ReasonMissing());
            return;
        }
        var userId = AuthenticationState is null ? null : (await AuthenticationState).User.GetUserId();
        if (userId is null)
        {
            _problem = DisputeRefusalTexts.Describe(L, DisputeRefusals.NotModerator());
            return;
        }

        _busy = true;
        StateHasChanged();
        try
        {
            var request = new RulingRequest(ruling, _reason, Revokes ? [.. _revoke.Order()] : []);
            var outcome = await Moderation.RuleAsync(userId, Dispute.DisputeId, request, _disposed.Token);
            if (outcome.Problem is not null)
            {
                _problem = DisputeRefusalTexts.Describe(L, outcome);
                return;
            }
            _ruled = outcome;
            await OnRuled.InvokeAsync();
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
            _busy = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
