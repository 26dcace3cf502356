using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Core.Accounts;
using Registry.Web.Accounts;

namespace Registry.Web.Components.Pages.Admin;

public sealed partial class AdminAccounts : IDisposable
{
    private static readonly TimeSpan PendingRefresh = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<AccountSummary> _accounts = [];
    private Dictionary<string, ModeratorGrant> _grants = [];
    private string? _problem;
    private bool _busy;
    private bool _watching;

    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private ModeratorGrants Grants { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _ = WatchPendingGrantsAsync();
    }

    /// <summary>A grant not yet on-chain can be granted again only after it failed; one that is pending or granted is done.</summary>
    private bool CanGrant(AccountSummary account) =>
        _grants.GetValueOrDefault(account.UserId) is not { } grant
            ? !account.IsIn(RegistryRoles.Moderator)
            : grant.OnChainState == OnChainState.Failed;

    private async Task GrantAsync(string userId)
    {
        _problem = null;
        _busy = true;
        try
        {
            var adminId = (await AuthenticationState).User.GetUserId() ?? "";
            await Grants.GrantAsync(adminId, userId, _disposed.Token);
        }
        catch (AccountPermissionException)
        {
            _problem = L["GrantNotAdmin"];
        }
        catch (AccountNotFoundException)
        {
            _problem = L["AccountGone"];
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync();
        _ = WatchPendingGrantsAsync();
    }

    private async Task LoadAsync()
    {
        _accounts = await Accounts.ListAsync(_disposed.Token);
        _grants = (await Grants.ListAsync(_disposed.Token)).ToDictionary(g => g.UserId);
    }

    /// <summary>The on-chain part settles in the background: look again while any grant is pending.</summary>
    private async Task WatchPendingGrantsAsync()
    {
        if (_watching) return;
        _watching = true;
        try
        {
            using var timer = new PeriodicTimer(PendingRefresh);
            while (_grants.Values.Any(g => g.OnChainState == OnChainState.Pending) && await timer.WaitForNextTickAsync(_disposed.Token))
            {
                await LoadAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
        finally
        {
            _watching = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
