using Microsoft.AspNetCore.Components;
using MudBlazor;
using Registry.Core.Licensing;

namespace Registry.Web.Components.Licensing;

/// <summary>
/// A new offer as the owner types it. Every field is checked by <see cref="OfferRequestValidator"/>, the rules the
/// service applies again before sending, and its problems are worded in the reader's language; only a request with
/// no problems is handed to <see cref="OnPublish"/>.
/// </summary>
public sealed partial class OfferForm
{
    private MudForm _form = default!;
    private string? _price;
    private LicenceUsage _usage = LicenceUsage.Commercial;
    private int? _durationDays;
    private string? _territories;
    private bool _exclusive;
    private bool _transferable;
    private int? _maxSupply;
    private string? _terms;

    [Parameter, EditorRequired] public required long WorkId { get; set; }

    /// <summary>Sending: the form takes no input until the offer is mined or refused.</summary>
    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback<OfferRequest> OnPublish { get; set; }

    /// <summary>Empties the form, after its offer was made.</summary>
    public async Task ClearAsync()
    {
        (_price, _usage, _durationDays, _territories, _exclusive, _transferable, _maxSupply, _terms) =
            (null, LicenceUsage.Commercial, null, null, false, false, null, null);
        await _form.ResetValidationAsync();
    }

    private OfferRequest Request => new(
        WorkId, _price, _durationDays, _usage.ToString().ToLowerInvariant(), _territories, _exclusive, _transferable, _maxSupply, _terms);

    private async Task PublishAsync()
    {
        await _form.ValidateAsync();
        if (!_form.IsValid || !OfferRequestValidator.Validate(Request).IsValid) return;
        await OnPublish.InvokeAsync(Request);
    }

    private string? CheckPrice(string? price) => ProblemOf(Request with { Price = price }, nameof(OfferRequest.Price));

    private string? CheckDuration(int? days) => ProblemOf(Request with { DurationDays = days }, nameof(OfferRequest.DurationDays));

    private string? CheckTerritories(string? territories) => ProblemOf(Request with { Territories = territories }, nameof(OfferRequest.Territories));

    private string? CheckMaxSupply(int? maxSupply) => ProblemOf(Request with { MaxSupply = maxSupply }, nameof(OfferRequest.MaxSupply));

    private string? CheckTerms(string? terms) => ProblemOf(Request with { Terms = terms }, nameof(OfferRequest.Terms));

    private string? ProblemOf(OfferRequest request, string field) =>
        OfferRequestValidator.Validate(request).Problems.FirstOrDefault(p => p.Field == field) is { } problem
            ? RefusalTexts.Offer(L, problem.Problem, problem.Arguments)
            : null;
}
