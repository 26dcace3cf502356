using Microsoft.Extensions.Localization;
using Registry.Core.Licensing;

namespace Registry.Web.Components.Licensing;

/// <summary>
/// The licensing services' refusals in the reader's language: the resource named after the problem, filled with the
/// outcome's arguments. Its English text is the service's own message, word for word.
/// </summary>
public static class RefusalTexts
{
    public static string Offer(IStringLocalizer<SharedResource> localizer, OfferProblem problem, IReadOnlyList<string> arguments) =>
        Fill(localizer, $"OfferProblem_{problem}", arguments);

    /// <summary>A refused pause, resume or withdrawal: who may do it depends on what was asked.</summary>
    public static string Offer(IStringLocalizer<SharedResource> localizer, OfferOutcome outcome, OfferChange? change = null) =>
        outcome.Problem == OfferProblem.NotSeller && change is { } asked
            ? Fill(localizer, $"OfferProblem_NotSeller_{asked}", outcome.Arguments)
            : Offer(localizer, outcome.Problem!.Value, outcome.Arguments);

    public static string Purchase(IStringLocalizer<SharedResource> localizer, PurchaseOutcome outcome) =>
        Fill(localizer, $"PurchaseProblem_{outcome.Problem}", outcome.Arguments);

    public static string Withdrawal(IStringLocalizer<SharedResource> localizer, WithdrawalOutcome outcome) =>
        Fill(localizer, $"WithdrawalProblem_{outcome.Problem}", outcome.Arguments);

    private static string Fill(IStringLocalizer<SharedResource> localizer, string key, IReadOnlyList<string> arguments) =>
        localizer[key, [.. arguments]];
}
