using System.Text.RegularExpressions;
using System.Xml.Linq;
using Registry.Core.Accounts;
using Registry.Core.Chain;
using Registry.Core.Disputes;
using Registry.Core.Licensing;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Web.Components.Disputes;
using Registry.Web.Components.Licensing;

namespace Registry.Tests.Web.Localization;

/// <summary>Every text the UI asks for exists in English and in Simplified Chinese.</summary>
public sealed partial class ResourceTextsTests
{
    private static readonly string WebProject = Path.Combine(NodeTools.FindRepositoryRoot()!, "Registry.Web");

    [Fact]
    public void EveryKeyTheUiUses_HasEnglishAndChineseTexts()
    {
        var english = Keys("SharedResource.resx");
        var chinese = Keys("SharedResource.zh-Hans.resx");
        var used = UsedKeys().ToHashSet();

        Assert.Empty(used.Except(english));
        Assert.Empty(used.Except(chinese));
        Assert.Equal(english.Order(), chinese.Order());
    }

    [Fact]
    public void ChineseTexts_AreTranslated_NotCopiedFromEnglish()
    {
        var english = Texts("SharedResource.resx");
        var chinese = Texts("SharedResource.zh-Hans.resx");
        var copied = english.Where(e => chinese[e.Key] == e.Value && Regex.IsMatch(e.Value, "[a-z]{4,}")).Select(e => e.Key).ToList();

        Assert.Empty(copied);
    }

    private static IEnumerable<string> UsedKeys()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(WebProject, "Components"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs")))
            foreach (Match m in LiteralKey().Matches(File.ReadAllText(file)))
                yield return m.Groups[1].Value;
        // Keys built from enum names at run time.
        foreach (var kind in Enum.GetNames<WorkKind>()) yield return $"Kind_{kind}";
        foreach (var kind in Enum.GetNames<WorkEventKind>()) yield return $"Event_{kind}";
        foreach (var issue in Enum.GetNames<RegistrationIssue>().Where(i => i != nameof(RegistrationIssue.None)))
        {
            yield return $"Pending_{issue}";
            yield return $"Problem_{issue}";
        }
        foreach (var code in Enum.GetNames<ProblemCode>()) yield return $"Problem_{code}";
        foreach (var problem in Enum.GetNames<TransferProblem>()) yield return $"Transfer_{problem}";
        foreach (var problem in Enum.GetNames<AccountProblem>()) yield return $"Account_{problem}";
        foreach (var role in RegistryRoles.All) yield return $"Role_{role}";
        foreach (var state in Enum.GetNames<OnChainState>()) yield return $"OnChain_{state}";
        foreach (var usage in Enum.GetNames<LicenceUsage>()) yield return $"Usage_{usage}";
        foreach (var availability in Enum.GetNames<OfferAvailability>()) yield return $"Availability_{availability}";
        foreach (var status in Enum.GetNames<LicenceStatus>())
        {
            yield return $"LicenceStatus_{status}";
            yield return $"Verdict_{status}";
        }
        foreach (var grouping in Enum.GetNames<RoyaltyGrouping>()) yield return $"Grouping_{grouping}";
        foreach (var problem in Enum.GetNames<OfferProblem>()) yield return $"OfferProblem_{problem}";
        foreach (var change in Enum.GetNames<OfferChange>()) yield return $"OfferProblem_NotSeller_{change}";
        foreach (var problem in Enum.GetNames<PurchaseProblem>()) yield return $"PurchaseProblem_{problem}";
        foreach (var problem in Enum.GetNames<WithdrawalProblem>()) yield return $"WithdrawalProblem_{problem}";
        foreach (var problem in Enum.GetNames<Registry.Core.Royalties.SplitProblemKind>()) yield return $"Split_{problem}";
        foreach (var claim in Enum.GetNames<DisputeClaim>()) yield return $"Claim_{claim}";
        foreach (var claim in Enum.GetNames<DisputeClaim>()) yield return $"ClaimChoice_{claim}";
        foreach (var ruling in Enum.GetNames<DisputeRuling>()) yield return $"RulingChoice_{ruling}";
        foreach (var ruling in Enum.GetNames<DisputeRuling>()) yield return $"Ruling_{ruling}";
        foreach (var ruling in Enum.GetNames<DisputeRuling>().Where(r => r != nameof(DisputeRuling.Dismissed))) yield return $"DisputeBanner_{ruling}";
        foreach (var status in Enum.GetNames<DisputeStatus>()) yield return $"DisputeStatus_{status}";
        foreach (var document in Enum.GetNames<EvidenceKind>()) yield return $"Document_{document}";
        foreach (var kind in Enum.GetNames<Registry.Core.Notifications.NotificationKind>()) yield return $"Notification_{kind}";
    }

    private static HashSet<string> Keys(string file) => Texts(file).Keys.ToHashSet();

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex(@"(?:\bL|localizer)\[""([A-Za-z_]+)""")]
    private static partial Regex LiteralKey();
}
