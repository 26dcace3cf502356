using System.Globalization;
using Microsoft.Extensions.Localization;
using Registry.Core.Licensing;
using Registry.Web.Components.Shared;

namespace Registry.Web.Components.Licensing;

/// <summary>The facts of offers and licences worded for the reader, the same way on every page.</summary>
public static class LicensingTexts
{
    public static string Usage(IStringLocalizer<SharedResource> localizer, LicenceUsage usage) => localizer[$"Usage_{usage}"];

    /// <summary>"Worldwide", or the ISO 3166 codes as stored ("DE, FR").</summary>
    public static string Territory(IStringLocalizer<SharedResource> localizer, string territories) =>
        territories.Length == 0 ? localizer["Worldwide"] : string.Join(", ", territories.Split(',', StringSplitOptions.RemoveEmptyEntries));

    public static string Duration(IStringLocalizer<SharedResource> localizer, int days) =>
        days == 0 ? localizer["Perpetual"] : localizer["DurationDays", days];

    public static string YesNo(IStringLocalizer<SharedResource> localizer, bool value) => value ? localizer["Yes"] : localizer["No"];

    /// <summary>The price in ether, or in the smallest units of a token (which the app never offers, but the contract allows).</summary>
    public static string Price(string currency, string price) =>
        currency == NativeAmount.NativeCurrency ? NativeAmount.Format(price) : $"{price} · {currency}";

    /// <summary>"3 of 10" left, or "No limit".</summary>
    public static string Remaining(IStringLocalizer<SharedResource> localizer, OfferListing listing) =>
        listing.Remaining is { } left ? localizer["RemainingOf", left, listing.Offer.MaxSupply] : localizer["NoLimit"];

    /// <summary>Whether the offer can be bought now, or the reason it cannot.</summary>
    public static string Availability(IStringLocalizer<SharedResource> localizer, OfferListing listing) => listing.Availability switch
    {
        OfferAvailability.Taken when listing.TakenUntil is { } until => localizer["Availability_Taken", Formats.Time(until)],
        OfferAvailability.Taken => localizer["OfferTakenForGood"],
        var availability => localizer[$"Availability_{availability}"],
    };

    public static string Status(IStringLocalizer<SharedResource> localizer, LicenceStatus status) => localizer[$"LicenceStatus_{status}"];

    /// <summary>Why a licence is or is not valid now, in a sentence.</summary>
    public static string Reason(IStringLocalizer<SharedResource> localizer, Licence licence, LicenceStatus status) => status switch
    {
        LicenceStatus.Revoked => localizer["Reason_Revoked"],
        LicenceStatus.Expired => localizer["Reason_Expired", Formats.Time(licence.ValidUntil)],
        _ when licence.ValidUntil is { } until => localizer["Reason_ValidUntil", Formats.Time(until)],
        _ => localizer["Reason_Perpetual"],
    };

    /// <summary>The first day of a month as "2026-01", the same in every language (and as the CSV export writes it).</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
