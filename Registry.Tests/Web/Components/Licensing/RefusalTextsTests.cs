using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using Registry.Core.Chain;
using Registry.Core.Licensing;
using Registry.Tests.Infrastructure;
using Registry.Web;
using Registry.Web.Components.Licensing;

namespace Registry.Tests.Web.Components.Licensing;

/// <summary>
/// The pages word the licensing services' refusals from resources named after the problems; in English those must be
/// the services' own messages word for word, so these tests read the templates out of the services' source.
/// </summary>
public sealed partial class RefusalTextsTests : IAsyncLifetime
{
    private static readonly string Root = NodeTools.FindRepositoryRoot()!;
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void EnglishTexts_AreTheServicesTemplates_ForEveryProblem()
    {
        var templates = ServiceTemplates();
        var english = Texts("SharedResource.resx");

        foreach (var (key, template) in templates)
            Assert.True(english.TryGetValue(key, out var text) && text == template, $"{key}: the service says \"{template}\", the resource \"{text}\".");
        var expected = Enum.GetNames<OfferProblem>().Where(p => p != nameof(OfferProblem.NotSeller)).Select(p => $"OfferProblem_{p}")
            .Concat(Enum.GetNames<OfferChange>().Select(c => $"OfferProblem_NotSeller_{c}"))
            .Concat(Enum.GetNames<PurchaseProblem>().Select(p => $"PurchaseProblem_{p}"))
            .Concat(Enum.GetNames<WithdrawalProblem>().Select(p => $"WithdrawalProblem_{p}"));
        Assert.Empty(expected.Except(templates.Select(t => t.Key)));
    }

    [Fact]
    public void ChineseTexts_OfEveryProblem_FillTheSamePlaceholders()
    {
        var english = Texts("SharedResource.resx");
        var chinese = Texts("SharedResource.zh-Hans.resx");

        foreach (var key in english.Keys.Where(k => k.Contains("Problem_", StringComparison.Ordinal)))
            Assert.True(Placeholders(english[key]).SetEquals(Placeholders(chinese[key])), $"{key}: \"{english[key]}\" / \"{chinese[key]}\"");
    }

    [Fact]
    public void Purchase_WordsTheOutcomeWithItsArguments_AsTheServiceDid()
    {
        var outcome = PurchaseOutcome.Refused(PurchaseProblem.InsufficientFunds, ServiceTemplates()["PurchaseProblem_InsufficientFunds"],
            NativeAmount.Format(1_000_000_000_000_000), NativeAmount.Format(50_000_000_000_000_000));

        var text = RefusalTexts.Purchase(_context.Bunit.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), outcome);

        Assert.Equal("Your account holds 0.001 ETH; the licence costs 0.05 ETH plus gas.", text);
        Assert.Equal(outcome.Message, text);
    }

    [Fact]
    public void Offer_WhenNotTheSeller_SaysWhatWasAsked()
    {
        var outcome = OfferOutcome.Refused(OfferProblem.NotSeller, "Only the seller of offer #{0} can resume it.", 4);

        var text = RefusalTexts.Offer(_context.Bunit.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), outcome, OfferChange.Resume);

        Assert.Equal(outcome.Message, text);
    }

    /// <summary>Resource key → the English template a licensing service fills, read from Registry.Core/Licensing.</summary>
    private static Dictionary<string, string> ServiceTemplates()
    {
        var templates = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "Registry.Core", "Licensing"), "*.cs"))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in Refusal().Matches(source))
                Add(templates, $"{m.Groups["kind"].Value}Problem_{m.Groups["problem"].Value}", m.Groups["template"].Value);
            foreach (Match m in NotSeller().Matches(source))
                Add(templates, $"OfferProblem_NotSeller_{char.ToUpperInvariant(m.Groups["verb"].Value[0])}{m.Groups["verb"].Value[1..]}", m.Value.Trim('"'));
        }
        return templates;
    }

    private static void Add(Dictionary<string, string> templates, string key, string template)
    {
        Assert.False(templates.TryGetValue(key, out var other) && other != template, $"{key} has two templates: \"{other}\" and \"{template}\".");
        templates[key] = template;
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Root, "Registry.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"(?<kind>Offer|Purchase|Withdrawal)Problem\.(?<problem>\w+),\s*""(?<template>[^""]*)""")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"""Only the seller of offer #\{0\} can (?<verb>\w+) it\.""")]
    private static partial Regex NotSeller();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
