using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Licensing;
using Registry.Web.Accounts;
using Registry.Web.Api;
using Registry.Web.Components.Licensing;

namespace Registry.Web.Components.Pages.Licensing;

/// <summary>
/// What the signed-in account earned from licence sales: its withdrawable balance (read from the chain once the page
/// is live) with Withdraw, and its royalty report over a period of UTC days, the last 12 months by default.
/// </summary>
public sealed partial class EarningsPage : IAsyncDisposable
{
    private const string DayFormat = "yyyy-MM-dd";
    private static readonly TimeSpan BalancePatience = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _disposed = new();
    private AccountSummary? _account;
    private BigInteger? _withdrawable;
    private bool _withdrawableUnavailable;
    private bool _withdrawing;
    private WithdrawalOutcome? _withdrawn;
    private string? _withdrawProblem;
    private string? _from;
    private string? _to;
    private string? _periodProblem;
    private RoyaltyReport? _report;
    private IJSObjectReference? _download;

    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private Earnings EarningsService { get; set; } = default!;
    [Inject] private RoyaltyReports Reports { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string WithdrawableText => _withdrawable is { } wei ? NativeAmount.Format(wei) : _withdrawableUnavailable ? L["BalanceUnavailable"] : "…";

    protected override async Task OnInitializedAsync()
    {
        var userId = (await AuthenticationState).User.GetUserId();
        _account = userId is null ? null : await Accounts.FindAsync(userId, _disposed.Token);
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _from = Day(new DateOnly(today.Year, today.Month, 1).AddMonths(-11));
        _to = Day(today);
        await ShowAsync();
    }

    /// <summary>The chain is asked only once the page is live, so a slow node never holds up the page itself.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _account is null) return;
        await ReadWithdrawableAsync();
        StateHasChanged();
    }

    private async Task ReadWithdrawableAsync()
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        patience.CancelAfter(BalancePatience);
        try
        {
            _withdrawable = await EarningsService.GetWithdrawableAsync(_account!.Address, patience.Token);
            _withdrawableUnavailable = false;
        }
        catch (Exception e) when (e is ChainUnavailableException || (e is OperationCanceledException && !_disposed.IsCancellationRequested))
        {
            _withdrawableUnavailable = true;
        }
    }

    private async Task WithdrawAsync()
    {
        (_withdrawing, _withdrawn, _withdrawProblem) = (true, null, null);
        try
        {
            var outcome = await EarningsService.WithdrawAsync(_account!.UserId, _disposed.Token);
            if (outcome.TransactionHash is null) _withdrawProblem = RefusalTexts.Withdrawal(L, outcome);
            else
            {
                _withdrawn = outcome;
                _ = FollowWithdrawalAsync();
            }
        }
        catch (ChainUnavailableException e)
        {
            _withdrawProblem = $"{L["Problem_ChainUnavailable"]} {e.Message}";
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            _withdrawing = false;
        }
        await ReadWithdrawableAsync();
    }

    /// <summary>The withdrawal is mined; a report that covers today lists it once the indexer has it.</summary>
    private async Task FollowWithdrawalAsync()
    {
        if (_report is not { } shown || shown.To <= DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime)) return;
        var seen = shown.Withdrawals.Count;
        try
        {
            for (var i = 0; i < 30 && (_report?.Withdrawals.Count ?? 0) <= seen; i++)
            {
                await Task.Delay(1000, _disposed.Token);
                await ShowAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task ShowAsync()
    {
        _periodProblem = null;
        if (Period() is not var (from, to))
        {
            _periodProblem = L["PeriodInvalid"];
            return;
        }
        _report = _account is null ? null : await Reports.GetAsync(_account.Address, from, to, _disposed.Token);
    }

    /// <summary>The same period as the table, from the REST endpoint (its totals are the table's).</summary>
    private async Task ExportAsync()
    {
        if (_report is null) return;
        var (from, to) = (Day(_report.From), Day(_report.To));
        _download ??= await Js.InvokeAsync<IJSObjectReference>("import", "./js/download.js");
        var status = await _download.InvokeAsync<int>("save", $"/api/royalties?from={from}&to={to}", "text/csv", $"royalties-{from}-{to}.csv");
        _periodProblem = status is >= 200 and < 300 ? null : L["CsvUnavailable", status].Value;
    }

    /// <summary>The typed days as the report's [from, to): the second day is included, so the period ends the day after it.</summary>
    private (DateOnly From, DateOnly To)? Period()
    {
        if (!TryDay(_from, out var from) || !TryDay(_to, out var last) || last < from) return null;
        return (from, last.AddDays(1));
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Day(DateOnly day) => RoyaltiesApi.Day(day);

    public async ValueTask DisposeAsync()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        if (_download is null) return;
        try { await _download.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }
}
