using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Tests.Infrastructure;
using Registry.Web;
using Registry.Web.Components.Disputes;

namespace Registry.Tests.Web.Components.Disputes;

/// <summary>
/// The pages word the dispute services' refusals from resources named after the problems; in English those must be
/// the services' own templates word for word, so these tests read them out of <see cref="DisputeRefusals"/>' source
/// and word every refusal it can make.
/// </summary>
public sealed partial class DisputeRefusalTextsTests : IAsyncLifetime
{
    private static readonly string Root = NodeTools.FindRepositoryRoot()!;
    private readonly PageTestContext _context = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void EnglishTexts_HoldEveryTemplateOfTheService_UnderItsProblem()
    {
        var english = Texts("SharedResource.resx");

        foreach (var (problem, template) in ServiceTemplates())
            Assert.True(english.Any(t => IsKeyOf(t.Key, problem) && t.Value == template), $"No DisputeProblem_{problem}… text reads \"{template}\".");
        foreach (var text in english.Where(t => t.Key.StartsWith("DisputeProblem_", StringComparison.Ordinal)))
            Assert.Contains(ServiceTemplates(), s => IsKeyOf(text.Key, s.Problem) && s.Template == text.Value);
    }

    [Fact]
    public void Describe_InEnglish_IsTheServicesMessage_ForEveryRefusalItMakes()
    {
        foreach (var outcome in EveryRefusal())
            Assert.Equal(outcome.Message, DisputeRefusalTexts.Describe(Localizer, outcome));
    }

    [Fact]
    public void Describe_InSimplifiedChinese_WordsEveryRefusalInChinese()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        try
        {
            foreach (var outcome in EveryRefusal())
                Assert.NotEqual(outcome.Message, DisputeRefusalTexts.Describe(Localizer, outcome));
            Assert.Equal("您在作品 #7 上已有待处理的争议 #4；请等其裁决后再发起新的争议。", DisputeRefusalTexts.Describe(Localizer, DisputeRefusals.AlreadyOpen(7, 4)));
            Assert.Equal("裁决必须附书面理由：请说明原因，最多 10,000 个字符。", DisputeRefusalTexts.Describe(Localizer, DisputeRefusals.ReasonMissing()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private IStringLocalizer<SharedResource> Localizer => _context.Bunit.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static bool IsKeyOf(string key, string problem) => key == $"DisputeProblem_{problem}" || key.StartsWith($"DisputeProblem_{problem}_", StringComparison.Ordinal);

    /// <summary>Every refusal <see cref="DisputeRefusals"/> makes, each with arguments of its kind (every status for every step).</summary>
    private static IEnumerable<DisputeOutcome> EveryRefusal()
    {
        foreach (var method in typeof(DisputeRefusals).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(DisputeOutcome)))
        {
            if (method.Name == nameof(DisputeRefusals.WrongStatus))
            {
                foreach (var status in Enum.GetValues<DisputeStatus>())
                    foreach (var action in Enum.GetValues<DisputeAction>())
                        yield return DisputeRefusals.WrongStatus(4, status, action);
                continue;
            }
            yield return (DisputeOutcome)method.Invoke(null, [.. method.GetParameters().Select(p => Sample(p))])!;
        }
        yield return DisputeRefusals.InsufficientFunds(BigInteger.Parse("2000000000000000"), BigInteger.Zero);
    }

    private static object Sample(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(long) && parameter.Name == "bytes" => 12_582_913L,
        var t when t == typeof(long) => 7L,
        var t when t == typeof(int) => 12_001,
        var t when t == typeof(string) => parameter.Name == "fileName" ? "scan.pdf" : "0x" + new string('a', 40),
        var t when t == typeof(BigInteger) => BigInteger.Parse("10000000000000000"),
        var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 3, 1, 12, 30, 0, TimeSpan.Zero),
        var t when t == typeof(DisputeClaim) => DisputeClaim.Unlawful,
        var t when t == typeof(DisputeRuling) => DisputeRuling.Flagged,
        var t when t == typeof(bool) => true,
        var t => throw new InvalidOperationException($"No sample of {t.Name} for {parameter.Member.Name}({parameter.Name})."),
    };

    /// <summary>(problem, English template) for every template in DisputeRefusals.cs, the wrong-status ones included.</summary>
    private static List<(string Problem, string Template)> ServiceTemplates()
    {
        var source = File.ReadAllText(Path.Combine(Root, "Registry.Core", "Disputes", "DisputeRefusals.cs"));
        var templates = Refusal().Matches(source).Select(m => (m.Groups["problem"].Value, m.Groups["template"].Value)).ToList();
        var wrongStatus = source[source.IndexOf("WrongStatus(long", StringComparison.Ordinal)..];
        wrongStatus = wrongStatus[..wrongStatus.IndexOf("return DisputeOutcome.Refused", StringComparison.Ordinal)];
        templates.AddRange(Arm().Matches(wrongStatus).Select(m => ("WrongStatus", m.Groups["template"].Value)));
        Assert.True(templates.Count > 30, $"Only {templates.Count} templates were found in DisputeRefusals.cs.");
        return templates;
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Root, "Registry.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex(@"DisputeProblem\.(?<problem>\w+),\s*""(?<template>[^""]*)""")]
    private static partial Regex Refusal();

    [GeneratedRegex(@"=>\s*""(?<template>[^""]*)""")]
    private static partial Regex Arm();

    public async Task DisposeAsync() => await _context.DisposeAsync();
}
