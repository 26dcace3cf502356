using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.ContentStore;
using Registry.Core.Licensing;
using Registry.Core.Works;
using Registry.Web.Accounts;

namespace Registry.Web.Components.Licensing;

/// <summary>
/// The offers section of a work's page. Everything goes through the licensing services: the catalogue (indexed
/// offers), purchases and offers (signed by the signed-in account's key, awaited until mined). A confirmed change
/// reaches the list once the indexer has it, so the list is read again for a while afterwards.
/// </summary>
public sealed partial class WorkOffers : IDisposable
{
    /// <summary>Where the new offer's progress and outcome show (offer ids start at 1).</summary>
    private const long NewOffer = 0;

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<OfferListing> _offers = [];
    private AccountSummary? _account;
    private OfferForm? _form;
    private bool _busy;
    private long? _progressOn;
    private string? _progressText;
    private long? _noticeOn;
    private string? _problem;
    private string? _changedIn;
    private PurchaseOutcome? _bought;
    private OfferOutcome? _published;

    [Inject] private LicenceCatalog Catalog { get; set; } = default!;
    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private OfferService Offers { get; set; } = default!;
    [Inject] private LicencePurchases Purchases { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired] public required Work Work { get; set; }

    /// <summary>A transaction was mined: the work's timeline will show it once indexed.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool IsOwner => _account is not null && string.Equals(_account.Address, Work.Owner, StringComparison.OrdinalIgnoreCase);

    /// <summary>Any signed-in account but the owner's (the contract refuses buying one's own work), as in the API.</summary>
    private bool CanBuy => _account is not null && !IsOwner;

    /// <summary>Making offers is a Creator's action, like transferring the work.</summary>
    private bool CanManage => _account is not null && _account.IsIn(RegistryRoles.Creator) && IsOwner;

    /// <summary>Buttons act only once the circuit is attached (prerendered ones would do nothing) and while nothing is in flight.</summary>
    private bool Inactive => _busy || !RendererInfo.IsInteractive;

    protected override async Task OnParametersSetAsync()
    {
        var userId = AuthenticationState is null ? null : (await AuthenticationState).User.GetUserId();
        _account = userId is null ? null : await Accounts.FindAsync(userId, _disposed.Token);
        _offers = await Catalog.GetOffersAsync(Work.WorkId, _disposed.Token);
    }

    /// <summary>Only an offer's seller can pause, resume or withdraw it; after a transfer of the work that is no longer the owner.</summary>
    private bool Sells(Offer offer) => CanManage && offer.Seller == _account!.Address.ToLowerInvariant();

    private async Task BuyAsync(OfferListing listing)
    {
        var parameters = new DialogParameters<BuyLicenceDialog>
        {
            { d => d.Listing, listing },
            { d => d.WorkTitle, Work.Title ?? L["WorkHeading", Work.WorkId] },
        };
        var dialog = await Dialogs.ShowAsync<BuyLicenceDialog>(L["BuyLicence"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var answer = await dialog.Result;
        if (answer is null || answer.Canceled) return;

        var offerId = listing.Offer.OfferId;
        var outcome = await RunAsync(offerId, L["BuyProgress"], () => Purchases.BuyAsync(_account!.UserId, offerId, _disposed.Token));
        if (outcome is null) return;
        if (outcome.LicenceId is null) _problem = RefusalTexts.Purchase(L, outcome);
        else
        {
            _bought = outcome;
            await FollowAsync();
        }
    }

    private async Task ChangeAsync(long offerId, OfferChange change)
    {
        var outcome = await RunAsync(offerId, L["OfferActionProgress"], () => Offers.ChangeAsync(_account!.UserId, offerId, change, _disposed.Token));
        if (outcome is null) return;
        if (outcome.TransactionHash is null) _problem = RefusalTexts.Offer(L, outcome, change);
        else
        {
            _changedIn = outcome.TransactionHash;
            await FollowAsync();
        }
    }

    private async Task PublishAsync(OfferRequest request)
    {
        var outcome = await RunAsync(NewOffer, L["OfferActionProgress"], () => Offers.CreateAsync(_account!.UserId, request, _disposed.Token));
        if (outcome is null) return;
        if (outcome.OfferId is null) _problem = RefusalTexts.Offer(L, outcome);
        else
        {
            _published = outcome;
            if (_form is not null) await _form.ClearAsync();
            await FollowAsync();
        }
    }

    /// <summary>Sends with progress shown at <paramref name="on"/>; null when the chain or the content store could not be reached (then said so).</summary>
    private async Task<T?> RunAsync<T>(long on, string progress, Func<Task<T>> send) where T : class
    {
        (_noticeOn, _problem, _changedIn, _bought, _published) = (on, null, null, null, null);
        (_busy, _progressOn, _progressText) = (true, on, progress);
        StateHasChanged();
        try
        {
            return await send();
        }
        catch (ChainUnavailableException e)
        {
            _problem = $"{L["Problem_ChainUnavailable"]} {e.Message}";
            return null;
        }
        catch (ContentStoreUnavailableException e)
        {
            _problem = $"{L["Problem_ContentStoreUnavailable"]} {e.Message}";
            return null;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            (_busy, _progressOn) = (false, null);
        }
    }

    /// <summary>The transaction is mined; read the offers again until the indexer has it, and let the page follow.</summary>
    private async Task FollowAsync()
    {
        await OnChanged.InvokeAsync();
        _ = RefreshUntilChangedAsync(Signature(_offers));
    }

    private async Task RefreshUntilChangedAsync(string before)
    {
        try
        {
            for (var i = 0; i < 60 && Signature(_offers) == before; i++)
            {
                await Task.Delay(500, _disposed.Token);
                _offers = await Catalog.GetOffersAsync(Work.WorkId, _disposed.Token);
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) { }
    }

    private static string Signature(IReadOnlyList<OfferListing> offers) =>
        string.Join(";", offers.Select(o => $"{o.Offer.OfferId}:{o.Offer.Status}:{o.Offer.Sold}:{o.Availability}"));

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
